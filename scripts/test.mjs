// `npm test`: the whole suite: unit + integration tests (vitest, embedded PostgreSQL), then the
// end-to-end tests (Playwright in Debian's Chromium against a freshly built app).
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./ensure-chromium.mjs";

// Before anything runs: a missing browser is installed (or named) now, not after the unit tests.
if (!ensureChromium()) process.exit(1);

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const run = (args) => spawnSync(process.execPath, args, { stdio: "inherit", env }).status ?? 1;

const unit = run(["node_modules/vitest/vitest.mjs", "run"]);
if (unit !== 0) process.exit(unit);
process.exit(run(["node_modules/@playwright/test/cli.js", "test"]));
