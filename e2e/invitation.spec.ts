import { expect, test } from "@playwright/test";
import { confirm, signIn } from "./helpers";

test("an admin invites a member, who joins and lands in the app", async ({ page, browser }) => {
  const email = `new-analyst-${Date.now()}@stepi.demo`;
  await signIn(page, "admin@stepi.demo");
  await page.getByRole("link", { name: "Members", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();

  const invite = page.getByRole("form", { name: "Invite a member" });
  await invite.getByLabel("Email address").fill(email);
  await invite.getByRole("button", { name: "Create invitation" }).click();
  await expect(page.getByRole("status")).toContainText("Invitation created");
  const link = await page.getByLabel("Link to share (single use)").inputValue();
  expect(link).toMatch(/\/invite\//);
  // After leaving the page, the pending invitation still lists its link, for admins only.
  await page.goto("/");
  await page.getByRole("link", { name: "Members", exact: true }).click();
  const pending = page.getByRole("listitem", { name: email });
  await expect(pending.getByLabel(`Invitation link for ${email}`)).toHaveValue(link);
  const member = await (await browser.newContext()).newPage();
  await signIn(member, "analyst@stepi.demo");
  await member.goto("/admin/members");
  await expect(member.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  await expect(member.getByText(email)).toHaveCount(0);
  await expect(member.getByLabel(/^Invitation link for/)).toHaveCount(0);
  await member.context().close();

  // The invited person, in a browser of their own.
  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { level: 1 })).toContainText(
    "Join Science and Technology Policy Institute",
  );
  await newcomer.getByLabel("Your name").fill("Han Ji-woo");
  await newcomer.getByLabel("Password", { exact: true }).fill("password1234");
  await newcomer.getByLabel("Repeat the password").fill("password1234");
  await newcomer.getByRole("button", { name: "Join Accord" }).click();
  await expect(newcomer.getByRole("alert").filter({ hasText: "Check the highlighted fields." })).toBeVisible();
  await expect(newcomer.getByText("This password is too common; choose another.")).toBeVisible();
  await expect(newcomer.getByLabel("Your name")).toHaveValue("Han Ji-woo");

  await newcomer.getByLabel("Password", { exact: true }).fill("maple river granite 88");
  await newcomer.getByLabel("Repeat the password").fill("maple river granite 88");
  await newcomer.getByRole("button", { name: "Join Accord" }).click();
  await expect(newcomer.getByRole("heading", { level: 1, name: "Welcome, Han Ji-woo" })).toBeVisible();

  // The link works once.
  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { level: 1, name: "This link cannot be used" })).toBeVisible();
  await context.close();

  // The admin sees the new member and the audit trail.
  await page.getByRole("link", { name: "Members", exact: true }).click();
  await expect(page.getByRole("listitem", { name: "Han Ji-woo" })).toBeVisible();
  await expect(page.getByRole("listitem", { name: email })).toHaveCount(0);
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("cell", { name: "Member joined" }).first()).toBeVisible();
});

test("an admin deactivates a member, whose session stops at once", async ({ page, browser }) => {
  const context = await browser.newContext();
  const member = await context.newPage();
  await signIn(member, "analyst@stepi.demo");

  await signIn(page, "admin@stepi.demo");
  await page.getByRole("link", { name: "Members", exact: true }).click();
  const row = page.getByRole("listitem", { name: "Lee Seo-yeon" });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await confirm(page, "Deactivate");
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();

  await member.reload();
  await expect(member).toHaveURL(/\/sign-in/);

  await row.getByRole("button", { name: "Reactivate" }).click();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await context.close();
});
