import { expect, test } from "@playwright/test";
import { dateTimeFromToday, signIn } from "./helpers";

// Session series (issue 12, item 3): cadence and agenda template on the committee page, and
// "plan the next session" from a held one.

test("a manager sets the cadence and a standing item, then plans the next session from the held one", async ({
  page,
}) => {
  // The demo's implementation committee has one held meeting (45 days ago) and none planned, and
  // no other spec plans one (the Camp David committee's sessions are other specs' ground).
  const committee = "Korea–US Joint Implementation Committee";
  const held = "1st Joint Implementation Committee meeting";
  await signIn(page, "manager@stepi.demo");
  await page.getByRole("link", { name: "Committees", exact: true }).click();
  await page.getByRole("link", { name: committee, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: committee })).toBeVisible();

  const cadence = page.getByRole("form", { name: "Cadence" });
  await cadence.getByLabel("Cadence").selectOption({ label: "Monthly" });
  await cadence.getByRole("button", { name: "Save cadence" }).click();
  await expect(cadence.getByText("Cadence saved.")).toBeVisible();
  // A month after a meeting 45 days ago: overdue, with a link to plan it.
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

  await page.getByRole("link", { name: held, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: held })).toBeVisible();
  await page.getByRole("link", { name: "Plan the next session" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan the next session" })).toBeVisible();

  const form = page.getByRole("form", { name: "Plan the next session" });
  // Prefilled from the held session: the title with its ordinal bumped, zone, place, and the
  // due date at the same local time (the date arithmetic is unit- and integration-tested).
  await expect(form.getByLabel("Title")).toHaveValue("2nd Joint Implementation Committee meeting");
  await expect(form.getByLabel("Time zone")).toHaveValue("Asia/Seoul");
  await expect(form.getByLabel("Place")).toHaveValue("Online");
  await expect(form.getByLabel("Starts")).toHaveValue(/^\d{4}-\d{2}-\d{2}T10:00$/);
  await expect(page.getByRole("listitem").filter({ hasText: standing })).toBeVisible();

  const title = `Trilateral summit ${Date.now()}`;
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Starts").fill(dateTimeFromToday(120, "10:00"));
  await form.getByLabel("Ends").fill(dateTimeFromToday(120, "16:00"));
  await form.getByRole("button", { name: "Plan the session" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: standing })).toBeVisible();
  // The item delegated by the parent, still in progress, carried over.
  await expect(
    page.getByRole("link", { name: "AI: data sharing and labelling, LLMs, AI semiconductors" }),
  ).toBeVisible();

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
