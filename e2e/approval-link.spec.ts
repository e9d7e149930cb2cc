import { expect, test } from "@playwright/test";
import { confirm, DEMO_PASSWORD, dateTimeFromToday, signIn } from "./helpers";

const COMMITTEE = "Korea–US Joint Committee on S&T Cooperation";
const SESSION = "Working-level session on AI data sharing";

test("a co-chair signed out opens the approval link from the email, signs in, lands on the minutes and approves", async ({
  browser,
}) => {
  // The Korean co-chair holds a session, writes the minutes, circulates and approves them.
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, "manager@stepi.demo");
  await manager.goto("/committees");
  await manager.getByRole("link", { name: COMMITTEE, exact: true }).click();
  const plan = manager.getByRole("form", { name: "Plan a session" });
  await plan.getByLabel("Title").fill(SESSION);
  await plan.getByLabel("Starts").fill(dateTimeFromToday(-1, "14:00"));
  await plan.getByLabel("Ends").fill(dateTimeFromToday(-1, "16:00"));
  await plan.getByRole("button", { name: "Plan session" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: SESSION })).toBeVisible();
  await manager.getByRole("button", { name: "Start session" }).click();
  await confirm(manager, "Start session");
  await manager.getByRole("button", { name: "Start the minutes" }).click();
  await manager.getByLabel("Text (Markdown)").fill("Both sides agreed on a **joint data-sharing pilot**.");
  await manager.getByRole("button", { name: "Save minutes" }).click();
  await expect(manager.getByText("Minutes saved.")).toBeVisible();
  await manager.getByRole("button", { name: "Circulate" }).click();
  await manager.getByRole("button", { name: "Approve for my side" }).click();
  await confirm(manager, "Approve for my side");
  await expect(manager.getByText("Korea: approved by Park Ji-hoon")).toBeVisible();
  const sessionPath = new URL(manager.url()).pathname;

  // The US co-chair's approval request waits in the outbox (as the operator sees it) once the
  // notification job has run.
  const operator = await (await browser.newContext()).newPage();
  await signIn(operator, "operator@accord.demo");
  const subject = `Accord: Park Ji-hoon circulated the minutes of “${SESSION}” (version 1): please approve them for your side`;
  const row = operator.getByRole("row").filter({ hasText: "analyst@stpi.demo" }).filter({ hasText: subject });
  await expect(async () => {
    await operator.goto("/admin/outbox");
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await row.getByText("Text part").click();
  const text = (await row.locator("pre").textContent()) ?? "";
  const link = /Review and approve the minutes: (http\S+)/.exec(text)?.[1];
  expect(link).toBeTruthy();
  expect(new URL(link!).pathname).toBe(sessionPath);

  // Opened signed out, the link leads through sign-in and back to the minutes.
  const emily = await (await browser.newContext()).newPage();
  await emily.goto(link!);
  await expect(emily).toHaveURL(/\/sign-in\?callbackUrl=/);
  await emily.getByLabel("Email address").fill("analyst@stpi.demo");
  await emily.getByLabel("Password").fill(DEMO_PASSWORD);
  await emily.getByRole("button", { name: "Sign in" }).click();
  await expect(emily.getByRole("heading", { level: 1, name: SESSION })).toBeVisible({ timeout: 30_000 });
  expect(new URL(emily.url()).pathname).toBe(sessionPath);
  const minutes = emily.getByRole("region", { name: "Minutes" });
  await expect(minutes).toBeFocused();
  await expect(minutes.getByText("joint data-sharing pilot")).toBeVisible();
  await expect(minutes.getByText("United States: awaiting approval")).toBeVisible();

  await minutes.getByRole("button", { name: "Approve for my side" }).click();
  await confirm(emily, "Approve for my side");
  await expect(minutes.getByText("United States: approved by Emily Carter")).toBeVisible();
  await expect(minutes.getByText("Approved", { exact: true })).toBeVisible();
  await expect(minutes.getByRole("button", { name: "Approve for my side" })).toHaveCount(0);
});
