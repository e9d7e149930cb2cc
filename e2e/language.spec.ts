import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("the language switch changes the interface and is remembered for the user", async ({ page, browser }) => {
  await signIn(page, "viewer@nistep.demo");
  // The switch is a React control: a change made before hydration is lost (seen once in CI).
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Language").selectOption({ label: "简体中文" });
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "工作空间" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");

  // Remembered per user: a fresh browser shows Chinese after sign-in.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto("/sign-in");
  await other.getByLabel("Email address").fill("viewer@nistep.demo");
  await other.getByLabel("Password").fill("accord-demo-2026");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByRole("heading", { level: 1, name: "欢迎，Sato Haruto" })).toBeVisible();
  await context.close();

  await page.getByLabel("语言").selectOption({ label: "English" });
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
});
