import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./helpers";

/** The rows of a chart's data table, as [label, ...cells] text. */
async function tableRows(page: Page, name: string) {
  // The table sits in a closed <details> until the reader opens it, as a person would.
  await page
    .locator("details")
    .filter({ has: page.locator("caption").getByText(name, { exact: true }) })
    .locator("summary")
    .click();
  const rows = page.getByRole("table", { name }).locator("tbody tr");
  return rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent!.trim())),
  );
}

/** The CSV behind the card titled `title`, as rows of cells. */
async function csvOf(page: Page, title: string) {
  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
  const href = await card.getByRole("link", { name: /Download CSV|下载 CSV/ }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  return (await response.text())
    .trim()
    .split("\n")
    .map((line) => line.split(","));
}

test("a program manager reads a committee scorecard; its table and CSV agree", async ({ page }) => {
  await signIn(page, "manager@stepi.demo");
  await page.getByRole("link", { name: "Committees", exact: true }).click();
  await page.getByRole("link", { name: "Scorecards" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Committee scorecards" })).toBeVisible();
  const row = page.getByRole("row", { name: /Korea–US Joint Committee/ });
  await expect(row).toBeVisible();
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /Scorecard · Korea–US Joint Committee/ })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "On-time rate" })).toBeVisible();

  const table = await tableRows(page, "Follow-ups by status");
  const csv = await csvOf(page, "Follow-ups by status");
  expect(csv[0]).toEqual(["status", "label", "followUps"]);
  expect(csv.slice(1).map(([, label, n]) => [label, n])).toEqual(table);
  // The demo committee has overdue work: the status counts add up to the follow-ups figure.
  const total = table.reduce((sum, [, n]) => sum + Number(n), 0);
  await expect(page.locator("dl").getByText(String(total), { exact: true }).first()).toBeVisible();

  const sides = await tableRows(page, "Follow-ups by side (lead institution)");
  expect(sides.map(([side]) => side)).toEqual(["Korea", "United States"]);
});

test("cooperation statistics reproduce the city survey, in Chinese; the region table and CSV agree", async ({
  page,
}) => {
  await signIn(page, "admin@casisd.demo");
  await page.getByRole("link", { name: "合作", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "合作统计" })).toBeVisible();
  const regions = await tableRows(page, "按地区的合作伙伴");
  const europe = regions.find(([name]) => name === "欧洲")!;
  expect(Number(europe[2].replace("%", ""))).toBeCloseTo(43, 0);
  expect(regions.find(([name]) => name === "北美洲")![2]).toMatch(/^2[56](\.\d)?%$/);
  const csv = await csvOf(page, "按地区的合作伙伴");
  expect(csv[0]).toEqual(["region", "label", "partners", "share"]);
  expect(csv.slice(1).map(([, label, n, share]) => [label, n, `${share}%`])).toEqual(regions);

  const growth = await tableRows(page, "每年开展合作的机构");
  const year = (y: string) => growth.find(([label]) => label === y)![1];
  expect([year("2012"), year("2013"), year("2014")]).toEqual(["28", "43", "261"]);
});

test("a CSV import with one bad row imports nothing; the corrected file imports every row", async ({ page }) => {
  await signIn(page, "admin@casisd.demo");
  await page.goto("/cooperation/activities");
  const status = page.getByRole("status");
  const before = Number((await status.textContent())!.match(/\d+/)![0]);
  await page.getByRole("link", { name: "导入 CSV" }).click();
  const header = "organisation,organisationType,partner,partnerType,partnerCountry,field,modes,startDate,endDate\n";
  const good =
    "E2E Photonics Co.,enterprise,Fraunhofer Photonics,research institute,DE,new materials,joint R&D;standards,2025-02-01,\n";
  const bad = "E2E Second Co.,enterprise,Nowhere Lab,university,ZZ,new materials,joint R&D,2025-02-01,\n";
  const file = page.getByLabel("CSV 文件");
  await file.setInputFiles({ name: "activities.csv", mimeType: "text/csv", buffer: Buffer.from(header + good + bad) });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  const errors = page.getByRole("table", { name: /错误/ });
  await expect(errors).toBeVisible();
  await expect(errors.getByRole("row")).toHaveCount(2); // header + the one bad row
  await expect(errors.getByRole("cell", { name: "partnerCountry" })).toBeVisible();

  await page.goto("/cooperation/activities");
  await expect(status).toHaveText(`${before} 条活动`);

  await page.goto("/cooperation/import");
  await page
    .getByLabel("CSV 文件")
    .setInputFiles({ name: "activities.csv", mimeType: "text/csv", buffer: Buffer.from(header + good) });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已导入 1 行" })).toBeVisible();
  await page.goto("/cooperation/activities?q=E2E+Photonics");
  await expect(page.getByRole("link", { name: "E2E Photonics Co." })).toBeVisible();
});

test("recording an activity checks its fields and keeps what was typed", async ({ page }) => {
  await signIn(page, "admin@casisd.demo");
  await page.goto("/cooperation/activities/new");
  await page.getByLabel("机构", { exact: true }).fill("E2E Genomics Co.");
  await page.getByLabel("合作伙伴", { exact: true }).fill("Karolinska Partner Lab");
  await page.getByLabel("伙伴国家").selectOption("SE");
  await page.getByLabel("开始").fill("2024-05-01");
  await page.getByLabel("结束").fill("2023-01-01");
  await page.getByRole("checkbox", { name: "联合研发" }).check();
  await page.getByRole("button", { name: "保存活动" }).click();
  await expect(page.getByText("结束时间必须晚于开始时间。")).toBeVisible();
  await expect(page.getByLabel("机构", { exact: true })).toHaveValue("E2E Genomics Co.");
  await expect(page.getByRole("checkbox", { name: "联合研发" })).toBeChecked();
  await page.getByLabel("结束").fill("");
  await page.getByRole("button", { name: "保存活动" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "E2E Genomics Co. — Karolinska Partner Lab" }),
  ).toBeVisible();

  // The registry's filters find it: partner country Sweden and joint R&D.
  await page.getByRole("link", { name: "返回合作登记" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "合作登记" })).toBeVisible();
  await page.getByLabel("伙伴国家").selectOption("SE");
  await page.getByLabel("合作方式", { exact: true }).selectOption("JOINT_RD");
  await page.getByRole("button", { name: "应用" }).click();
  await expect(page).toHaveURL(/country=SE/);
  await expect(page.getByRole("link", { name: "E2E Genomics Co." })).toBeVisible();
  const rows = page.getByRole("table", { name: "合作登记" }).locator("tbody tr");
  for (const country of await rows.evaluateAll((trs) => trs.map((tr) => tr.children[1].textContent ?? "")))
    expect(country).toContain("瑞典");
});

test("someone outside the registry's workspaces sees no cooperation figures", async ({ page }) => {
  await signIn(page, "viewer@nistep.demo");
  await page.getByRole("link", { name: "Cooperation", exact: true }).click();
  await expect(page.getByText("No cooperation activities are recorded in your workspaces yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Record activity" })).toHaveCount(0);
  const csv = await page.request.get("/api/cooperation/csv?chart=region");
  expect((await csv.text()).trim()).toBe("region,label,partners,share");
});
