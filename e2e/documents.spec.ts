import { expect, type Page, test } from "@playwright/test";
import { tinyPdf } from "../prisma/demo-pdf";
import { as } from "./helpers";

const COMMITTEE = "Korea–US Joint Committee on S&T Cooperation";
const AGENDA_ITEM = "AI: data sharing and labelling, LLMs, AI semiconductors";
const SESSION = "Washington Joint Committee session";
const INTERNAL = "Korea red lines on AI semiconductors";
const SHARED = "Joint AI pilot concept note";
const NOTE = "Korea only: no partner named before the outbound-investment check.";

/** A note's text as shown (its author also has it in the edit form's text box). */
const shownNote = (page: Page, text: string) => page.getByRole("paragraph").filter({ hasText: text });

async function openAgendaItem(page: Page) {
  await page.goto("/committees");
  await page.getByRole("link", { name: COMMITTEE, exact: true }).click();
  await page.getByRole("link", { name: AGENDA_ITEM, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: AGENDA_ITEM })).toBeVisible();
}

async function upload(page: Page, title: string, internal: boolean) {
  const form = page.getByRole("form", { name: "Upload a document" });
  if (!(await form.isVisible())) await page.locator("summary", { hasText: "Upload a document" }).click();
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Kind").selectOption({ label: "Briefing note" });
  await form.getByLabel("File").setInputFiles({
    name: `${title}.pdf`,
    mimeType: "application/pdf",
    buffer: Buffer.from(tinyPdf([title])),
  });
  if (internal) await form.getByLabel("Internal to Korea").check();
  await form.getByRole("button", { name: "Upload a document" }).click();
  await expect(form.getByText("Document uploaded.")).toBeVisible();
}

test("a side-internal document and note stay with their side: the partner gets 404 and a pack without them", async ({
  browser,
}) => {
  const manager = await as(browser, "manager@stepi.demo");
  await openAgendaItem(manager);
  // The demo's notes: Korea's own position is shown, the US side's internal briefing is not.
  await expect(shownNote(manager, "Korea's position: open the pilot")).toBeVisible();
  await expect(manager.getByText("US briefing: check outbound-investment")).toHaveCount(0);

  await upload(manager, INTERNAL, true);
  await upload(manager, SHARED, false);
  const internalLink = manager.getByRole("link", { name: INTERNAL, exact: true });
  await expect(internalLink).toBeVisible();
  await expect(manager.getByRole("link", { name: SHARED, exact: true })).toBeVisible();
  const href = await internalLink.getAttribute("href");
  expect(href).toMatch(/^\/api\/committee-documents\/[0-9a-f-]+$/);
  expect((await manager.request.get(href!)).status()).toBe(200);

  await manager.locator("summary", { hasText: "Add a note" }).click();
  const noteForm = manager.getByRole("form", { name: "Add a note" });
  await noteForm.getByLabel("Kind of note").selectOption({ label: "Negotiating position" });
  await noteForm.getByLabel("Text").fill(NOTE);
  await expect(noteForm.getByLabel("Internal to Korea")).toBeChecked();
  await noteForm.getByRole("button", { name: "Add a note" }).click();
  await expect(shownNote(manager, NOTE)).toBeVisible();
  await expect(
    manager.getByRole("region", { name: "Internal to Korea" }).getByRole("paragraph").filter({ hasText: NOTE }),
  ).toBeVisible();

  // The US co-chair, in a context of her own.
  const us = await as(browser, "analyst@stpi.demo");
  expect((await us.request.get(href!)).status()).toBe(404);
  await openAgendaItem(us);
  await expect(us.getByRole("link", { name: SHARED, exact: true })).toBeVisible();
  await expect(us.getByText(INTERNAL)).toHaveCount(0);
  await expect(us.getByText(NOTE)).toHaveCount(0);
  await expect(shownNote(us, "US briefing: check outbound-investment")).toBeVisible();

  // The session's pack: the shared document is there, Korea's internal papers are not.
  await us.getByRole("link", { name: SESSION }).first().click();
  await us.getByRole("link", { name: "Pre-session pack" }).click();
  await expect(us.getByRole("heading", { level: 1 })).toContainText(SESSION);
  await expect(us.getByRole("link", { name: SHARED, exact: true })).toBeVisible();
  await expect(us.getByText(INTERNAL)).toHaveCount(0);
  await expect(us.getByText(NOTE)).toHaveCount(0);
  await expect(us.getByText("Korea's position: open the pilot")).toHaveCount(0);

  // Korea's manager finds both in the same pack.
  await manager.goto(us.url());
  await expect(manager.getByRole("link", { name: INTERNAL, exact: true })).toBeVisible();
  await expect(manager.getByText(NOTE)).toBeVisible();
});
