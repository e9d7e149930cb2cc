// HTTP fuzz: a few thousand malformed requests to every page, route handler and server action
// of a running Accord, with a fixed seed; fails on any 5xx, and on a wrong answer to the cases
// that once were 500s (listed below). CI runs it against the built server.
//
//   node scripts/fuzz.mjs --start            builds if needed, starts a fresh embedded instance
//                                             (demo data) on FUZZ_PORT (3500), fuzzes, stops it
//   BASE_URL=http://localhost:3000 node scripts/fuzz.mjs   fuzzes a running instance
//
// FUZZ_REQUESTS (default 3000), FUZZ_SEED (default 20261202). Routes and action ids come from
// the build's manifests (ACCORD_DIST_DIR or .next); real record ids from the pages' own links.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { actionBody, KEYS, NASTY, SEGMENTS } from "./fuzz-cases.mjs";

const root = process.cwd();
const distDir = path.join(root, process.env.ACCORD_DIST_DIR || ".next");
const total = Number(process.env.FUZZ_REQUESTS ?? 3000);
let seed = Number(process.env.FUZZ_SEED ?? 20261202) >>> 0;
const start = process.argv.includes("--start");
const port = Number(process.env.FUZZ_PORT ?? 3500);
const base = start ? `http://localhost:${port}` : (process.env.BASE_URL ?? "http://localhost:3000").replace(/\/$/, "");
const PASSWORD = "accord-demo-2026";

// mulberry32: small, seeded, good enough to pick cases reproducibly.
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (n) => Math.floor(random() * n);

const encode = (v) => (/%/.test(v) && random() < 0.7 ? v : encodeURIComponent(v)); // raw % on purpose, often
function query() {
  const parts = [];
  for (let i = 0, n = 1 + int(4); i < n; i++) parts.push(`${pick(KEYS)}=${encode(pick(NASTY))}`);
  if (random() < 0.2) parts.push(`${pick(KEYS)}=${encode(pick(NASTY))}&${pick(KEYS)}=${encode(pick(NASTY))}`);
  return parts.join("&");
}

class Jar {
  cookies = new Map();
  take(response) {
    for (const line of response.headers.getSetCookie?.() ?? []) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      const value = pair.slice(at + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(pair.slice(0, at));
      else this.cookies.set(pair.slice(0, at), value);
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

async function request(jar, url, init = {}) {
  const response = await fetch(url, {
    redirect: "manual",
    // Nothing may hang the run: a request that takes a minute counts as a failure.
    signal: AbortSignal.timeout(60_000),
    ...init,
    headers: { ...(init.headers ?? {}), ...(jar ? { cookie: jar.header() } : {}) },
  });
  if (jar) jar.take(response);
  // A live stream never ends: its status and headers are its answer.
  if ((response.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    await response.body?.cancel();
    return { status: response.status, body: "" };
  }
  const body = await response.text();
  return { status: response.status, body };
}

async function signIn(email) {
  const jar = new Jar();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = await csrf.json();
  const form = new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true", callbackUrl: base });
  const r = await request(jar, `${base}/api/auth/callback/credentials`, {
    method: "POST",
    body: form,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  if (![...jar.cookies.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in as ${email} failed (${r.status})`);
  return jar;
}

function routes() {
  const pages = Object.keys(JSON.parse(readFileSync(path.join(distDir, "server", "app-paths-manifest.json"), "utf8")));
  const toPath = (p) => p.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "") || "/";
  const actions = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")).node;
  return {
    pages: pages.filter((p) => p.endsWith("/page") && !p.startsWith("/_")).map(toPath),
    handlers: pages.filter((p) => p.endsWith("/route") && !p.includes("nextauth")).map(toPath),
    actions: Object.entries(actions).map(([id, a]) => ({
      id,
      paths: Object.keys(a.workers).map((w) => toPath(`/${w.replace(/^app\//, "")}`)),
    })),
  };
}

/** Real ids per dynamic segment name, from the links of the pages a signed-in user sees. */
async function discoverIds(jar, pages) {
  const ids = {};
  const seen = [
    "/",
    "/briefs",
    "/committees",
    "/follow-ups",
    "/countries",
    "/workspaces",
    "/cooperation/activities",
    "/calendar",
    "/notifications",
  ];
  for (const page of seen) {
    const { body } = await request(jar, `${base}${page}`);
    for (const [, href] of body.matchAll(/href="([^"#?]+)/g)) {
      for (const pattern of pages) {
        const re = new RegExp(`^${pattern.replace(/\[([^\]]+)\]/g, "(?<$1>[^/]+)")}$`);
        const m = re.exec(href);
        for (const [k, v] of Object.entries(m?.groups ?? {})) {
          ids[k] ??= new Set();
          ids[k].add(v);
        }
      }
    }
  }
  return Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, [...v]]));
}

function fill(pattern, ids, valid) {
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name) =>
    valid && ids[name]?.length ? pick(ids[name]) : pick(SEGMENTS),
  );
}

async function main() {
  let server = null;
  if (start) {
    const dataDir = path.join(root, ".data-fuzz");
    rmSync(dataDir, { recursive: true, force: true });
    server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
      env: {
        ...process.env,
        PORT: String(port),
        ACCORD_DATA_DIR: dataDir,
        ACCORD_BASE_URL: base,
        ACCORD_JOBS: "0",
        DATABASE_URL: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    server.stdout.on("data", (d) => (log += d));
    server.stderr.on("data", (d) => (log += d));
    const until = Date.now() + 300_000;
    for (;;) {
      if (Date.now() > until || server.exitCode !== null)
        throw new Error(`the server did not start:\n${log.slice(-3000)}`);
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 1000));
    }
    process.on("exit", () => server.kill("SIGTERM"));
    server.log = () => log;
  }
  const started = Date.now();
  const { pages, handlers, actions } = routes();
  const manager = await signIn("manager@stepi.demo");
  const viewer = await signIn("viewer@nistep.demo");
  const ids = await discoverIds(manager, [...pages, ...handlers]);
  const statuses = new Map();
  const failures = [];
  const jars = [manager, manager, viewer, null];
  for (let i = 0; i < total; i++) {
    const jar = pick(jars);
    const kind = random();
    let method = "GET";
    let url;
    const headers = {};
    let body;
    if (kind < 0.35) url = `${base}${fill(pick(pages), ids, random() < 0.7)}?${query()}`;
    else if (kind < 0.5) url = `${base}${fill(pick(pages), ids, false)}`;
    else if (kind < 0.7) {
      url = `${base}${fill(pick(handlers), ids, random() < 0.6)}?${query()}`;
      if (random() < 0.2) method = "POST";
    } else {
      const action = pick(actions);
      method = "POST";
      url = `${base}${fill(pick(action.paths), ids, true)}`;
      if (random() < 0.15) {
        // A form posted without JavaScript: no header, the action named in the fields.
        const boundary = `----nojs${int(1e9)}`;
        const names = [
          `$ACTION_ID_${action.id}`,
          "$ACTION_REF_1",
          "$ACTION_1:0",
          "$ACTION_1:1",
          "$ACTION_KEY",
          pick(KEYS),
          "title",
          "version",
        ];
        const parts = names
          .filter(() => random() < 0.6)
          .map(
            (n) =>
              `--${boundary}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${pick([...NASTY, `{"id":"${action.id}","bound":null}`, "[]", '["$@1"]'])}\r\n`,
          );
        headers["content-type"] = `multipart/form-data; boundary=${boundary}`;
        headers.origin = base;
        body = `${parts.join("")}--${boundary}--\r\n`;
      } else {
        const b = actionBody(int(6), { pick, int });
        headers["next-action"] = random() < 0.9 ? action.id : pick(["00", "x".repeat(42), "%00"]);
        headers["content-type"] = b.type;
        headers.origin = base;
        headers.accept = "text/x-component";
        body = b.body;
      }
    }
    let status;
    try {
      status = (await request(jar, url, { method, headers, body })).status;
    } catch (error) {
      status = `error ${error.cause?.code ?? error.message}`;
    }
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (typeof status !== "number" || status >= 500)
      failures.push(
        `${status} ${method} ${url.slice(0, 200)}${headers["next-action"] ? ` (action ${headers["next-action"].slice(0, 12)}…, ${headers["content-type"]})` : ""}`,
      );
  }
  // Cases that once reached a 500, each with the answer it must get now.
  const CURSOR = encodeURIComponent("0000-01-01|0190b2a0-0000-7000-8000-000000000000");
  const json = { "content-type": "application/json" };
  const targeted = [
    ["POST", "/api/auth/callback/credentials", json, "{", 400],
    ["POST", "/api/auth/callback/credentials", json, "", 400],
    ["POST", "/api/auth/callback/credentials", json, '{"csrfToken": ', 400],
    ["POST", "/api/auth/signin/credentials", json, "[1,2]", 400],
    ["POST", "/api/auth/signout", json, "null", 400],
    ["GET", `/follow-ups?cursor=${CURSOR}`, {}, undefined, 200],
    ["GET", `/api/follow-ups/board?cursor=${CURSOR}`, {}, undefined, 200],
    ["GET", `/api/follow-ups/export?cursor=${CURSOR}`, {}, undefined, 200],
    ["GET", "/api/monitoring/csv?from=0000-01-01&to=2023-02-30&chart=nope", {}, undefined, 200],
  ];
  for (const [method, target, headers, body, expected] of targeted) {
    const { status } = await request(manager, `${base}${target}`, { method, headers, body }).catch((e) => ({
      status: `error ${e.message}`,
    }));
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (status !== expected) failures.push(`${status} (expected ${expected}) ${method} ${target}`);
  }
  // One body over the limit (26 MB).
  const big = await request(manager, `${base}/briefs/new`, {
    method: "POST",
    headers: { "next-action": actions[0].id, "content-type": "multipart/form-data; boundary=x", origin: base },
    body: `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n${"a".repeat(27 * 1024 * 1024)}\r\n--x--\r\n`,
  }).catch((e) => ({ status: `error ${e.message}` }));
  statuses.set(big.status, (statuses.get(big.status) ?? 0) + 1);
  if (typeof big.status !== "number" || big.status >= 500) failures.push(`${big.status} oversized action body`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const sorted = [...statuses].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  console.log(
    `fuzz: ${total + targeted.length + 1} requests in ${seconds} s (seed ${process.env.FUZZ_SEED ?? 20261202}) against ${base}`,
  );
  console.log(`fuzz: status ${sorted.map(([s, n]) => `${s}×${n}`).join(", ")}`);
  console.log(`fuzz: ${failures.length} server errors or wrong answers`);
  for (const f of failures.slice(0, 20)) console.log(`  ${f}`);
  if (failures.length && server) console.log(`--- server log (end) ---\n${server.log().slice(-4000)}`);
  server?.kill("SIGTERM");
  process.exit(failures.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
