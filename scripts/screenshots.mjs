// Takes screenshots of the main pages at laptop and phone sizes, to look at what users see.
// Usage: (app running on BASE_URL, default http://localhost:3000)
//   node scripts/screenshots.mjs [outDir] [email]     (default: manager@stepi.demo)
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const out = process.argv[2] ?? "screenshots";
const email = process.argv[3] ?? "manager@stepi.demo";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
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
});
const sizes = { laptop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
for (const [size, viewport] of Object.entries(sizes)) {
  const page = await browser.newPage({ viewport });
  await page.goto(`${base}/sign-in`);
  await page.screenshot({ path: `${out}/${size}-sign-in.png`, fullPage: true });
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("accord-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
  const shots = [
    ["home", "/"],
    ["account", "/account"],
    ["briefs", "/briefs"],
    ["search-zh", "/briefs?q=%E9%87%8F%E5%AD%90"],
    ["search-en", "/briefs?q=export+control&country=US"],
    ["countries", "/countries?region=AS"],
    ["country-us", "/countries/US"],
    ["notifications", "/notifications"],
    ["new-brief", "/briefs/new"],
    ["import", "/briefs/import"],
    ["workspaces", "/workspaces"],
    ["audit", "/admin/audit"],
    ["outbox", "/admin/outbox"],
    ["committees", "/committees"],
    ["follow-ups", "/follow-ups"],
    ["board", "/follow-ups/board"],
    ["calendar", "/calendar"],
  ];
  for (const [name, path] of shots) {
    await page.goto(`${base}${path}`);
    await page.screenshot({ path: `${out}/${size}-${name}.png`, fullPage: true });
  }
  // Follow links a person would: the first result, its history, a workspace's bulletins.
  await page.goto(`${base}/briefs?q=CHIPS`);
  await page.getByRole("link", { name: /CHIPS/ }).first().click();
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${out}/${size}-brief.png`, fullPage: true });
  await page.getByRole("link", { name: "History" }).click();
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${out}/${size}-history.png`, fullPage: true });
  await page.goto(`${base}/workspaces`);
  await page.getByRole("link", { name: "Korea–US S&T partnership" }).first().click();
  await page.getByRole("link", { name: "Bulletins" }).click();
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${out}/${size}-bulletins.png`, fullPage: true });
  await page.getByRole("link", { name: "S&T Policy Monitor" }).click();
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${out}/${size}-bulletin.png`, fullPage: true });
  if (size === "laptop") await page.pdf?.({ path: `${out}/bulletin-print.pdf`, format: "A4" }).catch(() => {});
  // Committees: the committee, a session with its agenda and minutes, an item, a follow-up, the pack.
  const follow = async (name, shot) => {
    await page.getByRole("link", { name }).first().click();
    await page.waitForURL((url) => !url.pathname.endsWith("/committees"));
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `${out}/${size}-${shot}.png`, fullPage: true });
  };
  await page.goto(`${base}/committees`);
  await follow("Korea–US Joint Committee on S&T Cooperation", "committee");
  await follow("2023 Joint Committee session", "session");
  await follow("AI: data sharing and labelling, LLMs, AI semiconductors", "agenda-item");
  await follow("Launch the AI data-sharing pilot", "follow-up");
  await page.goto(`${base}/committees`);
  await page.getByRole("link", { name: "Korea–US Joint Committee on S&T Cooperation" }).click();
  await page.getByRole("link", { name: "2027 Joint Committee session" }).click();
  await follow("Pre-session pack", "pack");
  await page.close();
}
await browser.close();
console.log(`Screenshots in ${out}/`);
