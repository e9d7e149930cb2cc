import { expect, test } from "@playwright/test";
import { as, confirm, dateTimeFromToday } from "./helpers";

const COMMITTEE = "Korea–US Joint Committee on S&T Cooperation";
const ITEM = "Quantum computing: talent exchange and researcher quotas";
const QUESTION = "How many researchers per year should the quantum talent exchange fund on each side?";
const ANSWER = "建议每年双方各资助二十名研究人员，并设立联合评审机制。";
const SUMMARY = "One Chinese research institute proposes twenty researchers a year per side, with joint review.";

test("a stakeholder answers a consultation from the emailed link; the partner co-chair reads only the released summary", async ({
  browser,
}) => {
  // The Korean co-chair (a manager) opens a round on an agenda item with an outside email, in Chinese.
  const manager = await as(browser, "manager@stepi.demo");
  await manager.goto("/committees");
  await manager.getByRole("link", { name: COMMITTEE, exact: true }).click();
  await manager.getByRole("link", { name: ITEM, exact: true }).click();
  await expect(manager.getByRole("heading", { level: 1, name: ITEM })).toBeVisible();
  await manager.getByText("Open a consultation", { exact: true }).click();
  const form = manager.getByRole("form", { name: "Open a consultation" });
  await form.getByLabel("Question to stakeholders").fill(QUESTION);
  await form.getByLabel("Deadline", { exact: true }).fill(dateTimeFromToday(7, "18:00"));
  await form.getByLabel("Outside stakeholders' emails").fill("Li Wei <li.wei@example.cn>");
  await form.getByLabel("Language of their email and form").selectOption({ label: "简体中文" });
  await form.getByRole("button", { name: "Open the consultation" }).click();
  await expect(manager).toHaveURL(/\/consultations\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(manager.getByText(QUESTION)).toBeVisible();
  await expect(manager.getByText("li.wei@example.cn")).toBeVisible();
  const roundUrl = manager.url();
  await manager.getByRole("button", { name: "Send links to new invitees" }).click();
  await expect(manager.getByText("Links sent.")).toBeVisible();

  // The link waits in the outbox (as the operator sees it), in Chinese.
  const operator = await as(browser, "operator@accord.demo");
  const row = operator.getByRole("row").filter({ hasText: "li.wei@example.cn" }).filter({ hasText: "征询" });
  await expect(async () => {
    await operator.goto("/admin/outbox");
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await row.getByText("Text part").click();
  const text = (await row.locator("pre").textContent()) ?? "";
  const link = /(http\S+\/consult\/[A-Za-z0-9_-]{43})/.exec(text)?.[1];
  expect(link).toBeTruthy();

  // The stakeholder, not signed in, in a fresh browser context: the form in Chinese, with only
  // the question, the item's title and the deadline.
  const stakeholder = await (await browser.newContext()).newPage();
  await stakeholder.goto(link!);
  await expect(stakeholder.getByRole("heading", { level: 1, name: "意见征询" })).toBeVisible({ timeout: 30_000 });
  await expect(stakeholder.getByText(QUESTION)).toBeVisible();
  await expect(stakeholder.getByText(ITEM)).toBeVisible();
  await expect(stakeholder.getByText(COMMITTEE)).toHaveCount(0);
  // A missing field keeps what was typed.
  await stakeholder.getByLabel("机构").fill("中国科学院科技战略咨询研究院");
  await stakeholder.getByLabel("您的答复").fill(ANSWER);
  await stakeholder.getByRole("button", { name: "提交答复" }).click();
  await expect(stakeholder.getByText("请选择您的立场。")).toBeVisible();
  await expect(stakeholder.getByLabel("您的答复")).toHaveValue(ANSWER);
  await stakeholder.getByLabel("领域").fill("研究机构");
  await stakeholder.getByLabel("您的立场").selectOption({ label: "建议" });
  await stakeholder.getByRole("button", { name: "提交答复" }).click();
  await expect(stakeholder.getByText("谢谢！您的答复已保存；截止时间之前可以修改。")).toBeVisible();
  // The link keeps working until the deadline and shows the saved answer.
  await stakeholder.reload();
  await expect(stakeholder.getByLabel("您的答复")).toHaveValue(ANSWER);
  await expect(stakeholder.getByRole("button", { name: "更新答复" })).toBeVisible();
  // An unknown link is a clear 404 page.
  const gone = await stakeholder.goto(`/consult/${"x".repeat(43)}`);
  expect(gone?.status()).toBe(404);
  await expect(stakeholder.getByRole("heading", { level: 1 })).toBeVisible();

  // The US co-chair sees nothing of the round before release.
  const us = await as(browser, "analyst@stpi.demo");
  const hidden = await us.goto(roundUrl);
  expect(hidden?.status()).toBe(404);

  // The manager reads the answer, writes a summary and releases it.
  await manager.reload();
  await expect(manager.getByText(ANSWER)).toBeVisible();
  await manager.getByLabel("Summary", { exact: true }).fill(SUMMARY);
  await manager.getByRole("button", { name: "Release the summary" }).click();
  await confirm(manager, "Release the summary");
  await expect(manager.getByText(/by Park Ji-hoon\. The other side sees/)).toBeVisible();

  // The US co-chair now reads the question, the summary and the counts, never the answer.
  await us.goto(roundUrl);
  await expect(us.getByText(SUMMARY)).toBeVisible();
  await expect(us.getByText(QUESTION)).toBeVisible();
  await expect(us.getByText("Support: 0 · Concern: 0 · Proposal: 1")).toBeVisible();
  await expect(us.getByText(ANSWER)).toHaveCount(0);
  await expect(us.getByText("中国科学院科技战略咨询研究院")).toHaveCount(0);
});
