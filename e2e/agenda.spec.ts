import { expect, test } from "@playwright/test";
import { dateTimeFromToday, signIn } from "./helpers";

test("an open item goes onto the next session's agenda once, with a confirmation and a link to the session", async ({
  page,
}) => {
  // The Camp David committee has no planned session in the demo data; its manager is at IDA STPI.
  await signIn(page, "analyst@stpi.demo");
  await page.getByRole("link", { name: "Committees", exact: true }).click();
  await page.getByRole("link", { name: "US–Japan–Korea trilateral summit (Camp David)", exact: true }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "US–Japan–Korea trilateral summit (Camp David)" }),
  ).toBeVisible();
  const committeeUrl = page.url();
  await page.getByRole("link", { name: "DOE national laboratories and counterparts" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "DOE national laboratories and counterparts" }),
  ).toBeVisible();
  const itemUrl = page.url();
  await expect(page.getByText("No session is planned yet")).toBeVisible();
  await expect(page.getByRole("button", { name: "Put on the next session's agenda" })).toHaveCount(0);

  await page.goto(committeeUrl);
  const plan = page.getByRole("form", { name: "Plan a session" });
  const title = `Laboratories session ${Date.now()}`;
  await plan.getByLabel("Title").fill(title);
  await plan.getByLabel("Starts").fill(dateTimeFromToday(200, "09:00"));
  await plan.getByLabel("Ends").fill(dateTimeFromToday(200, "12:00"));
  await plan.getByLabel("Time zone").fill("America/New_York");
  await plan.getByRole("button", { name: "Plan session" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.goto(itemUrl);
  await page.getByRole("button", { name: "Put on the next session's agenda" }).click();
  const confirmation = page.getByRole("status").filter({ hasText: "Added to the agenda of" });
  await expect(confirmation).toHaveText(`Added to the agenda of ${title}.`);
  await expect(page.getByRole("button", { name: "Put on the next session's agenda" })).toHaveCount(0);

  // Later, the page says where the item is instead of offering the button again.
  await page.reload();
  await expect(page.getByText(`On the agenda of the next session, ${title}.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Put on the next session's agenda" })).toHaveCount(0);
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "DOE national laboratories and counterparts" })).toBeVisible();
});
