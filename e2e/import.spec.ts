import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("import errors name the row as a spreadsheet does, the bad value and the allowed ones; a refused import lists only errors", async ({
  page,
}) => {
  await signIn(page, "analyst@stepi.demo");
  await page.goto("/briefs/import");
  const csv =
    "title,summary,category,countries,areas\n" +
    'Import check one,"A summary\nover two lines",TALENT,KR,quantum\n' +
    "Import check two,Second,SPYING,US,quantum\n";
  const form = page.getByRole("form", { name: "Import briefs" });
  await form.getByLabel("CSV or JSON file").setInputFiles({
    name: "briefs.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });

  await form.getByRole("button", { name: "Preview" }).click();
  const errors = page.getByRole("table", { name: "Errors by row" });
  // The header is row 1 and the line break inside a quoted cell stays in row 2, so the bad row is 3.
  const problem = errors.getByRole("row").filter({ hasText: "category" });
  await expect(problem.getByRole("cell").first()).toHaveText("3");
  await expect(problem).toContainText("“SPYING” is not allowed here; use one of:");
  await expect(problem).toContainText("TALENT");
  await expect(
    page.getByRole("table", { name: "Rows without errors (imported once every error is fixed)" }),
  ).toBeVisible();

  // The previewed file stays chosen: "Import" imports it (or here, refuses it).
  await form.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Nothing was imported: fix 1 error first.")).toBeVisible();
  await expect(errors).toBeVisible();
  await expect(page.getByRole("table", { name: /Rows/ })).toHaveCount(0);
  await page.goto("/briefs?q=Import+check");
  await expect(page.getByRole("link", { name: "Import check one" })).toHaveCount(0);
});
