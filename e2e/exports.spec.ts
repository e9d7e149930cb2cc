// Word and PDF downloads: the minutes of the demo's held session download as a .docx that
// unzips and reads back; the 2023 bulletin shows its masthead and highlights, an editor changes
// them, and its PDF downloads.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { as } from "./helpers";

test("download the minutes as Word", async ({ browser }) => {
  const emily = await as(browser, "analyst@stpi.demo");
  await emily.goto("/committees");
  await emily.getByRole("link", { name: "Korea–US Joint Committee on S&T Cooperation", exact: true }).click();
  await emily.getByRole("link", { name: "2023 Joint Committee session" }).click();
  const downloads = emily.getByRole("group", { name: "Downloads" });
  await expect(downloads.getByRole("link", { name: "Download PDF" })).toBeVisible();
  const [download] = await Promise.all([
    emily.waitForEvent("download"),
    downloads.getByRole("link", { name: "Download Word" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("minutes-2023-Joint-Committee-session.docx");
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const xml = new TextDecoder().decode(files["word/document.xml"]);
  const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  expect(text).toContain("Minutes: 2023 Joint Committee session");
  expect(text).toContain("Agenda and decisions");
  const header = new TextDecoder().decode(files["word/header1.xml"]);
  expect(header).toContain("TLP:AMBER");
});

test("the 2023 bulletin shows its masthead and highlights, an editor changes them, and it downloads as PDF", async ({
  browser,
}) => {
  const manager = await as(browser, "manager@stepi.demo");
  await manager.getByRole("link", { name: "Korea–US S&T partnership" }).first().click();
  await manager.getByRole("link", { name: "Bulletins" }).click();
  await manager.getByRole("link", { name: "S&T Policy Monitor" }).first().click();
  await expect(manager.getByText("科技政策动态")).toBeVisible();
  const highlights = manager.getByRole("region", { name: "Highlights of this issue" });
  await expect(highlights.getByText("韩国发布16项关键技术任务导向型路线图")).toBeVisible();

  await manager.getByText("Masthead and highlights").click();
  const form = manager.getByRole("form", { name: "Masthead and highlights" });
  const lines = form.getByLabel("Highlights (本期要目)");
  await lines.fill(`${await lines.inputValue()}\n한미 양자 인재 교류 확대`);
  await form.getByRole("button", { name: "Save masthead" }).click();
  await expect(form.getByText("Masthead saved.")).toBeVisible();
  await expect(highlights.getByText("한미 양자 인재 교류 확대")).toBeVisible();

  const [download] = await Promise.all([
    manager.waitForEvent("download"),
    manager.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^科技政策动态-\d{4}-10\.pdf$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
});
