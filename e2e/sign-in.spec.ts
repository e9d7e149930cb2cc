import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test("a wrong password is refused without saying whether the account exists", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("analyst@stepi.demo");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("The email address or password is not correct.");

  await page.getByLabel("Email address").fill("nobody@nowhere.demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("The email address or password is not correct.");
});

test("repeated failures throttle the account", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("throttled-person@nowhere.demo");
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("The email address or password is not correct.");
  }
  await page.getByLabel("Password").fill("one more try");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText("Too many failed attempts");
});

test("a member signs in, stays signed in across reloads and signs out", async ({ page }) => {
  await signIn(page, "analyst@stepi.demo", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome, Lee Seo-yeon" })).toBeVisible();
  await expect(page.getByTestId("identity")).toContainText("STEPI");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Welcome, Lee Seo-yeon" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.goto("/workspaces");
  await expect(page).toHaveURL(/\/sign-in/);
});
