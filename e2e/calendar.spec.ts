import { expect, test } from "@playwright/test";
import { confirm, dateTimeFromToday, signIn } from "./helpers";

test("the calendar tells held sessions from planned ones in words, and the feed address is not called single use", async ({
  page,
}) => {
  // A session of the Camp David committee (its manager is at IDA STPI), after the demo's
  // Washington session so that session's pack still has the same previous session.
  await signIn(page, "analyst@stpi.demo");
  await page.getByRole("link", { name: "Committees", exact: true }).click();
  await page.getByRole("link", { name: "US–Japan–Korea trilateral summit (Camp David)", exact: true }).click();
  const plan = page.getByRole("form", { name: "Plan a session" });
  const title = `Held for the calendar ${Date.now()}`;
  await plan.getByLabel("Title").fill(title);
  await plan.getByLabel("Starts").fill(dateTimeFromToday(300, "09:00"));
  await plan.getByLabel("Ends").fill(dateTimeFromToday(300, "10:00"));
  await plan.getByLabel("Time zone").fill("UTC");
  await plan.getByRole("button", { name: "Plan session" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // No place and no online link: nothing stands before "Back to the committee".
  await expect(page.getByRole("link", { name: "Back to the committee" }).locator("..")).toHaveText(
    "Back to the committee",
  );
  await page.getByRole("button", { name: "Start session" }).click();
  await confirm(page, "Start session");
  await expect(page.getByText("In session", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Mark as held" }).click();
  await confirm(page, "Mark as held");
  await expect(page.getByText("Held", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Calendar", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
  const entry = (name: string) =>
    page.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(entry(`US–Japan–Korea trilateral summit (Camp David): ${title}`)).toContainText("Held session");
  await expect(entry("Korea–US Joint Committee on S&T Cooperation: Washington Joint Committee session")).toContainText(
    "Planned session",
  );

  await page.getByRole("button", { name: /^(Create|Replace) my feed address$/ }).click();
  const address = page.getByLabel("Your private feed address (it works until you replace it or turn it off)");
  await expect(address).toHaveValue(/\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  await expect(page.getByText(/single use/)).toHaveCount(0);
  const feed = await (await page.request.get(await address.inputValue())).text();
  expect(feed).toContain("BEGIN:VCALENDAR");
});
