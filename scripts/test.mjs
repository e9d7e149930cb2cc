// `npm test`: the whole suite: unit + integration tests (vitest, embedded PostgreSQL), then the
// end-to-end tests (Playwright in Debian's Chromium against a freshly built app).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`End-to-end tests need Debian's Chromium at ${chromium}: run \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  process.exit(1);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const run = (args) => spawnSync(process.execPath, args, { stdio: "inherit", env }).status ?? 1;

const unit = run(["node_modules/vitest/vitest.mjs", "run"]);
if (unit !== 0) process.exit(unit);
process.exit(run(["node_modules/@playwright/test/cli.js", "test"]));
