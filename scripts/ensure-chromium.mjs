// Debian's Chromium for the end-to-end tests (Playwright never downloads a browser here). When
// it is missing, install it with apt-get if this process may (root, or passwordless sudo),
// saying so; otherwise print the one command to run. Used by `npm test` and `.ci/run`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const quiet = { stdio: "ignore" };
const has = (command) => spawnSync("sh", ["-c", `command -v ${command}`], quiet).status === 0;

/** Returns true when Chromium is there (already, or installed now). */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return true;
  const install = "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium";
  let prefix = null;
  if (process.getuid?.() === 0) prefix = [];
  else if (has("sudo") && spawnSync("sudo", ["-n", "true"], quiet).status === 0) prefix = ["sudo", "-n"];
  if (!has("apt-get") || prefix === null) {
    console.error(
      `End-to-end tests need Debian's Chromium at ${chromiumPath}. Install it with:\n\n  sudo apt-get install -y chromium\n\n(or set CHROMIUM_PATH to a Chromium binary).`,
    );
    return false;
  }
  console.log(
    `Accord: installing Debian's chromium for the end-to-end tests (${prefix.length ? "sudo " : ""}apt-get install -y chromium)…`,
  );
  const result = spawnSync(
    prefix.length ? prefix[0] : "sh",
    prefix.length ? [...prefix.slice(1), "sh", "-c", install] : ["-c", install],
    { stdio: "inherit" },
  );
  if (result.status !== 0 || !existsSync(chromiumPath)) {
    console.error(`Installing chromium failed. Run \`sudo apt-get install -y chromium\` and try again.`);
    return false;
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
