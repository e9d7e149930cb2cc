// Takes screenshots of the main pages at laptop and phone sizes, to look at what users see.
// Usage: (app running on BASE_URL, default http://localhost:3000) node scripts/screenshots.mjs [outDir]
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const out = process.argv[2] ?? "screenshots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const sizes = { laptop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
for (const [size, viewport] of Object.entries(sizes)) {
  const page = await browser.newPage({ viewport });
  await page.goto(`${base}/sign-in`);
  await page.screenshot({ path: `${out}/${size}-sign-in.png`, fullPage: true });
  await page.getByLabel("Email address").fill("admin@stepi.demo");
  await page.getByLabel("Password").fill("accord-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
  for (const [name, path] of [["home", "/"], ["members", "/admin/members"], ["audit", "/admin/audit"], ["workspaces", "/workspaces"]]) {
    await page.goto(`${base}${path}`);
    await page.screenshot({ path: `${out}/${size}-${name}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
console.log(`Screenshots in ${out}/`);
