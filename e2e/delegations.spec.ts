import { expect, test } from "@playwright/test";
import { as, confirm } from "./helpers";

const COMMITTEE = "Korea–US Joint Committee on S&T Cooperation";
const SESSION = "Washington Joint Committee session";
const CONTACT = "Han So-yeon";
const EMAIL = "han.soyeon@msit.example";

test("a manager adds a contact to the Korea delegation and invites her; she accepts from the email link without an account", async ({
  browser,
}) => {
  const manager = await as(browser, "manager@stepi.demo");
  await manager.goto("/committees");
  await manager.getByRole("link", { name: COMMITTEE, exact: true }).click();
  await manager.getByRole("link", { name: SESSION }).first().click();
  await expect(manager.getByRole("heading", { level: 1, name: SESSION })).toBeVisible();

  // Add a new contact inline: she is saved to STEPI's contacts and seated in the delegation.
  await manager.getByText("Add to the Korea delegation").click();
  const form = manager.getByRole("form", { name: "Add a contact to the Korea delegation" });
  await form.getByLabel("Name", { exact: true }).fill(CONTACT);
  await form.getByLabel("Email address").fill(EMAIL);
  await form.getByLabel("Organisation", { exact: true }).fill("Ministry of Science and ICT (MSIT)");
  await form.getByLabel("Title", { exact: true }).fill("Senior Researcher, Bilateral Cooperation Division");
  await form.getByLabel("Role").fill("Adviser");
  await form.getByRole("button", { name: "Add contact" }).click();
  await expect(form.getByText("Added to the delegation.")).toBeVisible();
  const korea = manager.getByRole("region", { name: /^Korea delegation/ });
  const row = korea.getByRole("row", { name: new RegExp(CONTACT) });
  await expect(row).toContainText("Invited");
  await expect(row).toContainText("Not invited yet");

  // Send invitations (asks first).
  await manager.getByRole("button", { name: "Send invitations to the Korea delegation" }).click();
  await confirm(manager, "Send invitations");
  await expect(manager.getByText("Invitations sent.")).toBeVisible();
  await expect(row).toContainText("Invitation sent");

  // The invitation waits in the outbox (as the operator sees it), with her personal link.
  const operator = await as(browser, "operator@accord.demo");
  const mail = operator
    .getByRole("row")
    .filter({ hasText: EMAIL })
    .filter({ hasText: `Invitation: ${SESSION}` });
  await expect(async () => {
    await operator.goto("/admin/outbox");
    await expect(mail).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await mail.getByText("Text part").click();
  const text = (await mail.locator("pre").textContent()) ?? "";
  const link = /(http\S+\/delegation\/\S+)/.exec(text)?.[1];
  expect(link).toBeTruthy();

  // She opens it in a fresh browser, not signed in, and accepts.
  const contact = await (await browser.newContext()).newPage();
  await contact.goto(link!);
  await expect(contact.getByRole("heading", { level: 1, name: SESSION })).toBeVisible();
  await expect(contact.getByText("America/New_York")).toBeVisible();
  await contact.getByRole("button", { name: "Accept" }).click();
  await expect(contact.getByText("Thank you. Your answer is recorded: Accepted.")).toBeVisible();
  // The link worked once.
  await contact.reload();
  await expect(contact.getByRole("heading", { level: 1, name: "This link cannot be used" })).toBeVisible();

  // The session page shows her answer.
  await manager.reload();
  await expect(
    manager.getByRole("region", { name: /^Korea delegation/ }).getByRole("row", { name: new RegExp(CONTACT) }),
  ).toContainText("Accepted");
  await expect(
    manager.getByRole("region", { name: /^Korea delegation/ }).getByRole("row", { name: new RegExp(CONTACT) }),
  ).toContainText("Answered by email link");
});
