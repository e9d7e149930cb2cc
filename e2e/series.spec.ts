import { expect, test } from "@playwright/test";
import { dateTimeFromToday, signIn } from "./helpers";

// Session series (issue 12, item 3): cadence and agenda template on the committee page, and
// "plan the next session" from a held one.

test("a manager sets the cadence and a standing item, then plans the next session from the held one", async ({
  page,
}) => {
  // The Camp David committee has a held session and none planned; its manager is at IDA STPI.
  const committee = "US–Japan–Korea trilateral summit (Camp David)";
  await signIn(page, "analyst@stpi.demo");
  await page.getByRole("link", { name: "Committees", exact: true }).click();
  await page.getByRole("link", { name: committee, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: committee })).toBeVisible();

  const cadence = page.getByRole("form", { name: "Cadence" });
  await cadence.getByLabel("Cadence").selectOption({ label: "Yearly" });
  await cadence.getByRole("button", { name: "Save cadence" }).click();
  await expect(cadence.getByText("Cadence saved.")).toBeVisible();
  // A year after the 2023 summit: overdue, with a link to plan it.
  await expect(page.getByText(/Next session was due .* not yet planned\./)).toBeVisible();

  const standing = `Opening remarks ${Date.now()}`;
  await page.locator("summary", { hasText: "Add a standing item" }).click();
  const add = page.getByRole("form", { name: "Add a standing item" });
  await add.getByLabel("Title").fill(standing);
  await add.getByLabel("Duration (minutes)").fill("20");
  await add.getByRole("button", { name: "Add item" }).click();
  const template = page.getByRole("list", { name: "Agenda template" });
  await expect(template.getByRole("listitem").filter({ hasText: standing })).toBeVisible();
  // Reordering is keyboard-reachable buttons; the only item cannot move.
  await expect(page.getByRole("button", { name: `Move “${standing}” up` })).toBeDisabled();

  await page.getByRole("link", { name: "Camp David summit", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Camp David summit" })).toBeVisible();
  await page.getByRole("link", { name: "Plan the next session" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan the next session" })).toBeVisible();

  const form = page.getByRole("form", { name: "Plan the next session" });
  // Prefilled from the held session: the title (no ordinal to bump), zone and place.
  await expect(form.getByLabel("Title")).toHaveValue(`${committee} — next session`);
  await expect(form.getByLabel("Time zone")).toHaveValue("America/New_York");
  await expect(form.getByLabel("Place")).toHaveValue("Camp David, Maryland");
  await expect(form.getByLabel("Starts")).toHaveValue("2024-08-18T10:00");
  await expect(page.getByRole("listitem").filter({ hasText: standing })).toBeVisible();

  const title = `Trilateral summit ${Date.now()}`;
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Starts").fill(dateTimeFromToday(120, "10:00"));
  await form.getByLabel("Ends").fill(dateTimeFromToday(120, "16:00"));
  await form.getByRole("button", { name: "Plan the session" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: standing })).toBeVisible();
  await expect(page.getByRole("link", { name: "Supply-chain early-warning pilot" })).toBeVisible();

  // Planning again from the held session is refused, with a link to the planned one.
  await page.goBack();
  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "The next session is already planned:" })).toBeVisible();
  await page.getByRole("alert").getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("the Korea–US Joint Committee meets yearly with a template of three standing items", async ({ page }) => {
  await signIn(page, "manager@stepi.demo");
  await page.getByRole("link", { name: "Committees", exact: true }).click();
  await page.getByRole("link", { name: "Korea–US Joint Committee on S&T Cooperation", exact: true }).click();
  await expect(page.getByRole("form", { name: "Cadence" }).getByLabel("Cadence")).toHaveValue("YEARLY");
  const template = page.getByRole("list", { name: "Agenda template" });
  await expect(template.getByRole("listitem")).toHaveCount(3);
  await expect(template.getByRole("listitem").first()).toContainText("1. Opening and adoption of the agenda");
  await expect(template.getByRole("listitem").last()).toContainText("3. Any other business");
});
