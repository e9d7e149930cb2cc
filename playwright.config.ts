import { defineConfig, devices } from "@playwright/test";

// End-to-end tests in Debian's Chromium (apt-get install chromium), never a downloaded browser.
// The app runs on its own port with a fresh embedded database, or on E2E_DATABASE_URL.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = ".data-e2e";
const serverEnv = process.env.E2E_DATABASE_URL
  ? `DATABASE_URL=${process.env.E2E_DATABASE_URL} ACCORD_DEMO=1 NEXTAUTH_SECRET=e2e-secret-e2e-secret-e2e-secret-0123456789`
  : `ACCORD_DATA_DIR=${dataDir}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `rm -rf ${dataDir} && ${serverEnv} PORT=${port} ACCORD_BASE_URL=http://localhost:${port} node scripts/start.mjs`,
    url: `http://localhost:${port}/api/health`,
    // A cold production build on a busy 2-core machine can take several minutes.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
