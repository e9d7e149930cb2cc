import { expect, type Page, test } from "@playwright/test";
import { as, choose, confirm, dateFromToday, dateTimeFromToday } from "./helpers";

/** The inbox shows a notification once the fan-out job has run (right after the change). */
async function expectInInbox(page: Page, text: string) {
  await expect(async () => {
    await page.goto("/notifications");
    await expect(page.getByRole("link", { name: text })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

const COMMITTEE = "Korea–US Joint Committee on S&T Cooperation";
const TITLE = "Compare quantum researcher quotas of both sides";

test("a manager assigns a follow-up to the partner's analyst: it reaches her inbox and an email she can unsubscribe from", async ({
  browser,
}) => {
  const manager = await as(browser, "manager@stepi.demo");
  await manager.goto("/committees");
  await manager.getByRole("link", { name: COMMITTEE, exact: true }).click();
  await manager.getByRole("link", { name: "Quantum computing: talent exchange and researcher quotas" }).click();
  await manager.getByText("Create a follow-up").click();
  const create = manager.getByRole("form", { name: "Create a follow-up" });
  await create.getByLabel("Title").fill(TITLE);
  await create.getByLabel("Due date").fill(dateFromToday(60));
  await choose(manager, "Lead institutions", ["IDA STPI"], create);
  await choose(manager, "Assignees", ["Emily Carter"], create);
  await create.getByRole("button", { name: "Create follow-up" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

  const emily = await as(browser, "analyst@stpi.demo");
  const line = `Park Ji-hoon assigned you to “${TITLE}”`;
  await expectInInbox(emily, line);
  await emily.getByRole("link", { name: line }).click();
  await expect(emily.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

  // The email waits in the outbox, as the platform operator sees it.
  const operator = await as(browser, "operator@accord.demo");
  await operator.goto("/admin/outbox");
  const row = operator.getByRole("row").filter({ hasText: "analyst@stpi.demo" }).filter({ hasText: line });
  await expect(row).toHaveCount(1);
  await row.getByText("Text part").click();
  const text = (await row.locator("pre").textContent()) ?? "";
  expect(text).toContain("/follow-ups/");
  const unsubscribeUrl = /(http\S+\/unsubscribe\/\S+)/.exec(text)?.[1];
  expect(unsubscribeUrl).toBeTruthy();
  // Its HTML part, rendered as she will see it, with the one-click headers beside it.
  await row.getByRole("link", { name: `Accord: ${line}` }).click();
  await expect(operator.getByRole("heading", { level: 1, name: `Accord: ${line}` })).toBeVisible();
  await expect(operator.frameLocator("iframe").getByRole("link", { name: line })).toBeVisible();
  await expect(operator.getByText("List-Unsubscribe-Post:")).toBeVisible();

  // A mail client's one-click POST needs no sign-in; a tampered link is refused.
  const oneClick = unsubscribeUrl!.replace("/unsubscribe/", "/api/unsubscribe/");
  const anonymous = await (await browser.newContext()).newPage();
  expect((await anonymous.request.post(`${oneClick}x`, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(
    404,
  );
  expect((await anonymous.request.post(oneClick, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(200);

  // The link in the email asks before it changes anything, signed out too.
  await anonymous.goto(unsubscribeUrl!);
  await expect(anonymous.getByRole("heading", { level: 1, name: "Stop these emails?" })).toBeVisible();
  await expect(anonymous.getByText("Follow-ups assigned to me or my institution")).toBeVisible();
  await anonymous.getByRole("button", { name: "Stop these emails" }).click();
  await expect(anonymous.getByRole("status")).toContainText("these emails are off");

  await emily.goto("/notifications/preferences");
  await expect(
    emily.getByRole("group", { name: "Follow-ups assigned to me or my institution" }).getByLabel("Inbox only"),
  ).toBeChecked();
});

test("a manager moves and cancels a session; the other side hears of it", async ({ browser }) => {
  const manager = await as(browser, "manager@stepi.demo");
  await manager.goto("/committees");
  await manager.getByRole("link", { name: COMMITTEE, exact: true }).click();
  const plan = manager.getByRole("form", { name: "Plan a session" });
  await plan.getByLabel("Title").fill("Quantum exchange working session");
  await plan.getByLabel("Starts").fill(dateTimeFromToday(40, "10:00"));
  await plan.getByLabel("Ends").fill(dateTimeFromToday(40, "12:00"));
  await plan.getByLabel("Time zone").fill("Asia/Seoul");
  await plan.getByRole("button", { name: "Plan session" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Quantum exchange working session" })).toBeVisible();

  await manager.getByText("Move or rename this session").click();
  const move = manager.getByRole("form", { name: "Move or rename this session" });
  await move.getByLabel("Starts").fill(dateTimeFromToday(41, "09:00"));
  await move.getByLabel("Ends").fill(dateTimeFromToday(41, "11:00"));
  await move.getByRole("button", { name: "Save and tell the participants" }).click();
  await expect(move.getByRole("status")).toHaveText("Session saved.");
  await manager.reload();
  await manager.getByText("Move or rename this session").click();
  await manager.getByRole("button", { name: "Cancel this session" }).click();
  await confirm(manager, "Yes, cancel the session");
  await expect(manager.getByText("Cancelled", { exact: true })).toBeVisible();

  const emily = await as(browser, "analyst@stpi.demo");
  await expectInInbox(emily, "Park Ji-hoon cancelled “Quantum exchange working session”");
  await expect(
    emily.getByRole("link", { name: "Park Ji-hoon moved “Quantum exchange working session” to" }),
  ).toBeVisible();
});

test("a viewer watches a committee and stops watching it from the Watching page", async ({ browser }) => {
  const viewer = await as(browser, "viewer@nistep.demo");
  await viewer.goto("/notifications/watching");
  await expect(viewer.getByRole("heading", { level: 1, name: "Watching" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: COMMITTEE })).toHaveCount(0);
  await viewer.goto("/committees");
  await viewer.getByRole("link", { name: COMMITTEE, exact: true }).click();
  await viewer.getByRole("button", { name: "Watch this committee" }).click();
  await expect(viewer.getByRole("button", { name: "Stop watching" })).toHaveAttribute("aria-pressed", "true");

  await viewer.goto("/notifications");
  await viewer.getByRole("link", { name: "Watching" }).click();
  await expect(viewer.getByRole("heading", { level: 1, name: "Watching" })).toBeVisible();
  const list = viewer.getByRole("list", { name: "What you watch, newest first" });
  await expect(list.getByRole("link", { name: COMMITTEE })).toBeVisible();
  await list.getByRole("button", { name: `Stop watching ${COMMITTEE}` }).click();
  await expect(viewer.getByRole("link", { name: COMMITTEE })).toHaveCount(0);
  await viewer.goto(`/committees`);
  await viewer.getByRole("link", { name: COMMITTEE, exact: true }).click();
  await expect(viewer.getByRole("button", { name: "Watch this committee" })).toHaveAttribute("aria-pressed", "false");
});

test("someone who watches nothing is told how to start, in their language", async ({ browser }) => {
  // The CASISD admin reads Accord in Chinese and watches nothing in the demo.
  const admin = await as(browser, "admin@casisd.demo");
  await admin.goto("/notifications/watching");
  await expect(admin.getByRole("heading", { level: 1, name: "关注列表" })).toBeVisible();
  await expect(admin.getByText("您还没有关注任何内容。")).toBeVisible();
});

test("a person changes how a kind of event reaches them", async ({ browser }) => {
  const viewer = await as(browser, "viewer@nistep.demo");
  await viewer.goto("/notifications");
  await viewer.getByRole("link", { name: "Notification settings" }).click();
  await expect(viewer.getByRole("heading", { level: 1, name: "Notification settings" })).toBeVisible();
  const sessions = viewer.getByRole("group", { name: "Sessions" });
  await expect(sessions.getByLabel("Daily digest email")).toBeChecked();
  await sessions.getByLabel("Off").check();
  await viewer.getByRole("button", { name: "Save settings" }).click();
  await expect(viewer.getByRole("status")).toHaveText("Settings saved.");
  await viewer.reload();
  await expect(viewer.getByRole("group", { name: "Sessions" }).getByLabel("Off")).toBeChecked();
  await expect(viewer.getByRole("group", { name: "Minutes to approve" }).getByLabel("Email at once")).toBeChecked();
});
