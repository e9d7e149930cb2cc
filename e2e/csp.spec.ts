import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// The Content-Security-Policy (proxy.ts) must not break what the pages draw: a refused style or
// script shows up as a console error in Chromium.
test("the main pages load under the CSP without a single refused style or script", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      refused.push(`${page.url()}: ${message.text()}`);
  });
  await signIn(page, "manager@stepi.demo");
  for (const path of [
    "/",
    "/briefs",
    "/countries",
    "/monitoring",
    "/committees",
    "/committees/scorecards",
    "/follow-ups",
    "/follow-ups/board",
    "/calendar",
    "/cooperation",
    "/account",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("style-src 'self' 'nonce-");
    expect(csp).not.toMatch(/style-src [^;]*'unsafe-inline'/);
    await page.waitForLoadState("networkidle");
  }
  // A scorecard draws Recharts charts (SVG with style attributes).
  await page.goto("/committees/scorecards");
  await page
    .getByRole("link", { name: /Korea–US Joint Committee/ })
    .first()
    .click();
  await page.waitForLoadState("networkidle");
  expect(refused).toEqual([]);
});
