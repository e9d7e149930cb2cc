import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("percentage charts run from 0 to 100 %, with the full agenda title in the data table", async ({ page }) => {
  await signIn(page, "manager@stepi.demo");
  await page.goto("/committees/scorecards");
  await page
    .getByRole("row", { name: /Korea–US Joint Committee/ })
    .getByRole("link")
    .click();
  for (const title of ["On-time rate across sessions", "Progress per agenda item"]) {
    const chart = page.getByRole("img", { name: `Chart: ${title}. The numbers are in the data table below.` });
    await expect(chart.getByText("100%", { exact: true })).toBeVisible();
    await expect(chart.getByText("0%", { exact: true })).toBeVisible();
  }
  const items = page.getByRole("img", { name: /^Chart: Progress per agenda item/ });
  // The axis shortens a long title; the table keeps it whole.
  // (Recharts wraps a tick over two lines, hence the optional space.)
  await expect(items).toContainText(/Quantum\s*computing: tale…/);
  await expect(items).not.toContainText("researcher quotas");
  await page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Progress per agenda item", exact: true }) })
    .locator("summary")
    .click();
  await expect(
    page.getByRole("rowheader", { name: "Quantum computing: talent exchange and researcher quotas" }),
  ).toBeVisible();
});
