// `npm start`: builds the app when the build is missing or older than the sources, then
// serves it (scripts/server.mjs). The server process opens the database at start
// (instrumentation.ts): embedded PGlite in ./.data/, or DATABASE_URL.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const buildId = path.join(root, process.env.ACCORD_DIST_DIR || ".next", "BUILD_ID");
const sourceDirs = ["app", "components", "lib", "i18n", "messages", "prisma"];
const sourceFiles = [
  "next.config.js",
  "proxy.ts",
  "instrumentation.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function needsBuild() {
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const newest = Math.max(...[...sourceDirs, ...sourceFiles].map((p) => newestMtime(path.join(root, p))));
  return newest > built;
}

const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
if (needsBuild()) {
  console.log("Accord: building the app (first start or changed sources)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
// scripts/server.mjs: Next behind node:http, so the app knows the TCP peer's address.
const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
  stdio: "inherit",
  env: { ...env, PORT: port },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
