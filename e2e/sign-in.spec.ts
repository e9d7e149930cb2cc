import { expect, test } from "@playwright/test";
import { confirm, DEMO_PASSWORD, signIn } from "./helpers";

test("a wrong password is refused without saying whether the account exists", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("analyst@stepi.demo");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText(
    "The email address or password is not correct.",
  );

  await page.getByLabel("Email address").fill("nobody@nowhere.demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText(
    "The email address or password is not correct.",
  );
});

test("repeated failures throttle the account", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("throttled-person@nowhere.demo");
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText(
      "The email address or password is not correct.",
    );
  }
  await page.getByLabel("Password").fill("one more try");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText(
    "Too many failed attempts",
  );
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

test("a session ends for good: a cookie kept from before sign-out opens nothing, and other sessions can be ended", async ({
  browser,
}) => {
  const laptop = await browser.newContext();
  const phone = await browser.newContext({
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
  });
  const onLaptop = await laptop.newPage();
  const onPhone = await phone.newPage();
  await signIn(onLaptop, "viewer@nistep.demo");
  await signIn(onPhone, "viewer@nistep.demo");

  // "Your sessions" lists both; the phone's is ended from the laptop.
  await onLaptop.getByTestId("identity").getByRole("link").click();
  await expect(onLaptop.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  const sessions = onLaptop.getByRole("table", { name: "Your sessions" });
  await expect(sessions.getByText("This session")).toBeVisible();
  await expect(sessions.getByText("Safari on iOS")).toBeVisible();
  await onLaptop
    .getByRole("form", { name: "End the session on Safari on iOS" })
    .getByRole("button", { name: "End session" })
    .click();
  await confirm(onLaptop, "End session");
  await expect(sessions.getByText("Safari on iOS")).toHaveCount(0);
  await onPhone.goto("/briefs");
  await expect(onPhone).toHaveURL(/\/sign-in/);

  // A copy of the laptop's cookie, taken before signing out, is worthless afterwards.
  const saved = await laptop.storageState();
  await onLaptop.getByRole("button", { name: "Sign out" }).click();
  await expect(onLaptop.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  const thief = await browser.newContext({ storageState: saved });
  const stolen = await thief.newPage();
  await stolen.goto("/follow-ups");
  await expect(stolen).toHaveURL(/\/sign-in/);
  const api = await stolen.request.get("/api/follow-ups/board");
  expect(api.status()).toBeGreaterThanOrEqual(400);
  expect(await api.text()).not.toContain("title");
  await Promise.all([laptop.close(), phone.close(), thief.close()]);
});

test("after sign-in the browser goes only to our own pages, whatever the link says", async ({ page }) => {
  // A control character in a URL never reaches a page: the proxy answers 400.
  expect((await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/\t/evil.example")}`))?.status()).toBe(400);
  for (const target of [
    "/%5Cevil.example/",
    "/\\/evil.example",
    "https://evil.example/",
    "//accord.test@evil.example",
  ]) {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByLabel("Email address").fill("analyst@stepi.demo");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Welcome, Lee Seo-yeon" })).toBeVisible();
    expect(page.url()).toMatch(/^http:\/\/localhost:\d+\/$/);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  }
  // Our own page is kept.
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/follow-ups?status=OPEN")}`);
  await page.getByLabel("Email address").fill("analyst@stepi.demo");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/follow-ups\?status=OPEN$/);
});
