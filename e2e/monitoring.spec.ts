import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a heatmap cell opens the matching search, and the chart's table and CSV agree", async ({ page }) => {
  await signIn(page, "manager@stepi.demo");
  await page.getByRole("link", { name: "Monitoring", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Monitoring" })).toBeVisible();
  const cell = page.getByRole("link", {
    name: /briefs on Semiconductors & microelectronics about United States of America/,
  });
  const count = Number(await cell.textContent());
  expect(count).toBeGreaterThan(0);
  await cell.click();
  await expect(page).toHaveURL(/country=US/);
  await expect(page).toHaveURL(/area=semiconductors/);
  await expect(page).toHaveURL(/status=PUBLISHED/);
  await expect(page.getByRole("status")).toHaveText(count === 1 ? "1 brief" : `${count} briefs`);

  await page.goBack();
  // The heatmap CSV names countries and areas as the table does, beside their codes.
  const heatmapHref = await page.getByRole("link", { name: "Download CSV" }).first().getAttribute("href");
  const heatmap = (await (await page.request.get(heatmapHref!)).text()).split("\n");
  expect(heatmap[0]).toBe("country,countryName,area,areaName,briefs");
  expect(heatmap).toContain(`US,United States of America,semiconductors,Semiconductors & microelectronics,${count}`);

  await page.getByText("Data table").click();
  const table = page.getByRole("table", { name: "Briefs per month (top countries)" });
  const rows = await table.locator("tbody tr").count();
  expect(rows).toBeGreaterThan(0);
  const firstMonth = (await table.locator("tbody tr").first().locator("th").textContent())!.trim();
  const firstValue = (await table.locator("tbody tr").first().locator("td").first().textContent())!.trim();
  const href = await page.getByRole("link", { name: "Download CSV" }).nth(1).getAttribute("href");
  const csv = await (await page.request.get(href!)).text();
  const lines = csv.trim().split("\n");
  expect(lines).toHaveLength(rows + 1);
  expect(lines[1].split(",")[0]).toBe(firstMonth);
  // month, label, then one column per country in the table's order
  expect(lines[1].split(",")[2]).toBe(firstValue);
});
