import { expect, type Page, test } from "@playwright/test";
import { as } from "./helpers";

/** The inbox shows a notification once the fan-out job has run (right after the change). */
async function expectInInbox(page: Page, text: string) {
  await expect(async () => {
    await page.goto("/notifications");
    await expect(page.getByRole("link", { name: text })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

/** Writes a comment in the thread of the current page (the hint lists who can be mentioned). */
async function comment(page: Page, mention: string, text: string) {
  const form = page.getByRole("form", { name: "Comment" });
  await expect(form.getByText(`@${mention}`)).toBeVisible();
  await form.getByRole("textbox", { name: "Comment" }).fill(`@${mention} ${text}`);
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByRole("list", { name: "Comments" }).getByText(text)).toBeVisible();
}

const FOLLOW_UP = "Draft terms of the joint research fund";
const AGENDA_ITEM = "Joint fund for basic and applied research";

test("a comment on a follow-up mentions a colleague; she follows the inbox link to the comment", async ({
  browser,
}) => {
  const manager = await as(browser, "manager@stepi.demo");
  await manager.goto("/follow-ups");
  await manager.getByRole("link", { name: FOLLOW_UP }).click();
  await expect(manager.getByRole("heading", { level: 1, name: FOLLOW_UP })).toBeVisible();
  await comment(manager, "Emily Carter", "could STPI check the fund's matching rules?");

  const emily = await as(browser, "analyst@stpi.demo");
  const line = `Park Ji-hoon mentioned you on “${FOLLOW_UP}”`;
  await expectInInbox(emily, line);
  await emily.getByRole("link", { name: line }).first().click();
  await expect(emily.getByRole("heading", { level: 1, name: FOLLOW_UP })).toBeVisible();
  await expect(emily).toHaveURL(/#comment-[0-9a-f-]+$/);
  const target = emily.locator(`[id="${new URL(emily.url()).hash.slice(1)}"]`);
  await expect(target).toContainText("could STPI check the fund's matching rules?");
  await expect(target).toContainText("Park Ji-hoon");

  // She answers in the thread: he wrote in it, so he hears of it.
  await emily
    .getByRole("form", { name: "Comment" })
    .getByRole("textbox", { name: "Comment" })
    .fill("Yes: the one-to-one matching applies from the second year.");
  await emily.getByRole("button", { name: "Post comment" }).click();
  await expectInInbox(manager, `Emily Carter commented on “${FOLLOW_UP}”`);
});

test("a comment on an agenda item mentions a colleague, who lands on it", async ({ browser }) => {
  const emily = await as(browser, "analyst@stpi.demo");
  await emily.goto("/committees");
  await emily.getByRole("link", { name: "Korea–US Joint Committee on S&T Cooperation", exact: true }).click();
  await emily.getByRole("link", { name: AGENDA_ITEM, exact: true }).click();
  await expect(emily.getByRole("heading", { level: 1, name: AGENDA_ITEM })).toBeVisible();
  await comment(emily, "Park Ji-hoon", "shall we add applied research to the fund's scope?");

  const manager = await as(browser, "manager@stepi.demo");
  const line = `Emily Carter mentioned you on “${AGENDA_ITEM}”`;
  await expectInInbox(manager, line);
  await manager.getByRole("link", { name: line }).first().click();
  await expect(manager.getByRole("heading", { level: 1, name: AGENDA_ITEM })).toBeVisible();
  await expect(
    manager.getByRole("list", { name: "Comments" }).getByText("shall we add applied research to the fund's scope?"),
  ).toBeVisible();
});
