import { expect, test } from "@playwright/test";
import { as, choose, dateFromToday } from "./helpers";

// Live updates: what someone else changes reaches an open page without a reload (the header
// badge and the follow-up board, fed by Server-Sent Events).

const COMMITTEE = "Korea–US Joint Committee on S&T Cooperation";
const TITLE = "Count visiting-researcher slots in both quantum programmes";
const unread = (count: number) =>
  `Notifications: ${count === 0 ? "No unread notifications" : count === 1 ? "1 unread notification" : `${count} unread notifications`}`;

test("a manager assigns a follow-up to the partner's analyst: her badge and board show it without a reload, and the email is in the outbox", async ({
  browser,
}) => {
  // Contexts that earlier tests of this worker left open keep their live streams, and a person
  // may hold 6 at once (the 7th polls): start from none, as someone opening the app fresh would.
  for (const context of browser.contexts()) await context.close();
  const emily = await as(browser, "analyst@stpi.demo");
  const stream = emily.waitForResponse((response) => new URL(response.url()).pathname === "/api/live");
  await emily.goto("/follow-ups/board");
  await expect(emily.getByRole("heading", { level: 1, name: "Board" })).toBeVisible();
  expect((await stream).headers()["content-type"]).toContain("text/event-stream");
  const badge = emily.getByRole("link", { name: /^Notifications: / });
  const label = (await badge.getAttribute("aria-label")) ?? "";
  const before = Number(/(\d+) unread/.exec(label)?.[1] ?? 0);
  // Marks this document: a reload would lose it.
  await emily.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
  const open = emily.getByRole("region", { name: "Open" });
  await expect(open.getByRole("link", { name: TITLE })).toHaveCount(0);

  const manager = await as(browser, "manager@stepi.demo");
  await manager.goto("/committees");
  await manager.getByRole("link", { name: COMMITTEE, exact: true }).click();
  await manager.getByRole("link", { name: "Quantum computing: talent exchange and researcher quotas" }).click();
  await manager.getByText("Create a follow-up").click();
  const create = manager.getByRole("form", { name: "Create a follow-up" });
  await create.getByLabel("Title").fill(TITLE);
  await create.getByLabel("Due date").fill(dateFromToday(45));
  await choose(manager, "Lead institutions", ["IDA STPI"], create);
  await choose(manager, "Assignees", ["Emily Carter"], create);
  await create.getByRole("button", { name: "Create follow-up" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

  // Emily's open page follows: the card on her board, one more unread in her badge.
  await expect(open.getByRole("link", { name: TITLE })).toBeVisible();
  await expect(badge).toHaveAccessibleName(unread(before + 1), { timeout: 20_000 });
  expect(await emily.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // The email waits in the outbox, as the platform operator sees it.
  const line = `Park Ji-hoon assigned you to “${TITLE}”`;
  const operator = await as(browser, "operator@accord.demo");
  await operator.goto("/admin/outbox");
  await expect(
    operator.getByRole("row").filter({ hasText: "analyst@stpi.demo" }).filter({ hasText: line }),
  ).toHaveCount(1);

  // Reading it in one tab updates the badge in another.
  const second = await emily.context().newPage();
  await second.goto("/notifications");
  await second.getByRole("button", { name: "Mark all read" }).click();
  await expect(badge).toHaveAccessibleName(unread(0));
});
