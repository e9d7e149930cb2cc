import { expect, test } from "@playwright/test";
import { as, confirm } from "./helpers";

// A blocked follow-up of the Korea–US committee in the demo, assigned to Emily Carter (IDA STPI) alone.
const FOLLOW_UP = "Agree researcher quotas for the quantum exchange";

test("a manager nudges the assignees; a second nudge the same day is refused; the assignee sees it in her inbox and mailbox", async ({
  browser,
}) => {
  const manager = await as(browser, "manager@stepi.demo");
  await manager.goto("/follow-ups");
  await manager.getByRole("link", { name: FOLLOW_UP, exact: true }).first().click();
  await expect(manager.getByRole("heading", { level: 1, name: FOLLOW_UP })).toBeVisible();

  const nudge = manager.getByRole("form", { name: "Nudge assignees" });
  await nudge.getByRole("button", { name: "Nudge assignees" }).click();
  await expect(manager.getByRole("alertdialog")).toContainText("1 assignee gets a notification and an email now.");
  await confirm(manager, "Send the nudge");
  await expect(nudge.getByRole("status")).toHaveText("Assignees nudged.");

  await manager.reload();
  await expect(manager.getByText(/^Last nudged by Park Ji-hoon/)).toBeVisible();
  await nudge.getByRole("button", { name: "Nudge assignees" }).click();
  await confirm(manager, "Send the nudge");
  await expect(nudge.getByRole("alert")).toHaveText(
    "The assignees were already nudged today; you can nudge them again tomorrow.",
  );

  const emily = await as(browser, "analyst@stpi.demo");
  const line = `Park Ji-hoon asks for news on “${FOLLOW_UP}”`;
  await expect(async () => {
    await emily.goto("/notifications");
    await expect(emily.getByRole("link", { name: line })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await emily.getByRole("link", { name: line }).click();
  await expect(emily.getByRole("heading", { level: 1, name: FOLLOW_UP })).toBeVisible();
  // No nudge button for an assignee who is not a manager.
  await expect(emily.getByRole("button", { name: "Nudge assignees" })).toHaveCount(0);

  // Her reminders go to the digest by default, yet a nudge is emailed at once.
  const operator = await as(browser, "operator@accord.demo");
  await operator.goto("/admin/outbox");
  await expect(
    operator
      .getByRole("row")
      .filter({ hasText: "analyst@stpi.demo" })
      .filter({ hasText: `Accord: ${line}` }),
  ).toHaveCount(1);
});
