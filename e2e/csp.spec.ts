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
  // React Aria's list and dialog add a <style> element of their own, with the page's nonce.
  await page.goto("/committees/new");
  await page.getByRole("combobox", { name: "Countries" }).click();
  await page.keyboard.type("Korea");
  await expect(page.getByRole("option", { name: "South Korea" })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.goto("/workspaces");
  await page.getByRole("link", { name: "Korea–US S&T partnership" }).first().click();
  await page.getByRole("button", { name: "Remove" }).first().click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.keyboard.press("Escape");
  // A scorecard draws Recharts charts (SVG with style attributes).
  await page.goto("/committees/scorecards");
  await page
    .getByRole("link", { name: /Korea–US Joint Committee/ })
    .first()
    .click();
  await page.waitForLoadState("networkidle");
  expect(refused).toEqual([]);
});
