import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("another institution's workspace and admin pages answer 404", async ({ page, browser }) => {
  await signIn(page, "manager@stepi.demo");
  await page.getByRole("link", { name: "Korea–US S&T partnership" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Korea–US S&T partnership" })).toBeVisible();
  const workspaceUrl = page.url();

  const context = await browser.newContext();
  const outsider = await context.newPage();
  await signIn(outsider, "admin@casisd.demo");
  const response = await outsider.goto(workspaceUrl);
  expect(response?.status()).toBe(404);
  // This admin works in Chinese: the 404 page speaks their language.
  await expect(outsider.getByRole("heading", { level: 1, name: "未找到" })).toBeVisible();
  await expect(outsider.getByText("Korea–US S&T partnership")).toHaveCount(0);

  // Operator pages are not there for an institution admin either.
  expect((await outsider.goto("/operator/institutions"))?.status()).toBe(404);
  // Their own members page lists only their own institution.
  await outsider.goto("/admin/members");
  await expect(outsider.getByText("manager@stepi.demo")).toHaveCount(0);
  await expect(outsider.getByText("admin@casisd.demo")).toBeVisible();
  await context.close();
});
