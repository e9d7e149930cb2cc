import { expect, test } from "@playwright/test";
import { confirm, dateTimeFromToday, signIn } from "./helpers";

test("countries are found by their common names, chosen with the keyboard alone, and removed as chips", async ({
  page,
}) => {
  const title = `Sanctions and research ties ${Date.now()}`;
  await signIn(page, "analyst@stepi.demo");
  await page.goto("/briefs/new");
  const editor = page.getByRole("form", { name: "New brief" });
  await editor.getByLabel("Title").fill(title);
  await editor.getByLabel("Category").selectOption({ label: "S&T talent" });

  // "Iran" finds the Islamic Republic of Iran; arrow down and Enter choose it.
  const countries = editor.getByRole("combobox", { name: "Countries" });
  await countries.focus();
  await page.keyboard.type("Iran");
  await expect(page.getByRole("option").first()).toHaveText(/Islamic Republic of Iran/);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(countries).toHaveValue("");
  // Typing on at once loses no keystroke; a name in another language finds its country too.
  await page.keyboard.type("북한");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  // The list stays open for more choices (and hides the page from screen readers); Escape closes it.
  await page.keyboard.press("Escape");
  const chips = editor.getByRole("grid", { name: "Chosen: Countries" });
  await expect(chips.getByRole("row", { name: /Islamic Republic of Iran/ })).toBeVisible();
  await expect(chips.getByRole("row", { name: /North Korea/ })).toBeVisible();
  await expect(chips.getByRole("row")).toHaveCount(2);

  // The chip goes with the keyboard: Tab into the chips, move to it, Delete.
  await page.keyboard.press("Tab");
  await expect(chips.getByRole("row", { name: /Islamic Republic of Iran/ })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(chips.getByRole("row", { name: /North Korea/ })).toBeFocused();
  await page.keyboard.press("Delete");
  await expect(chips.getByRole("row", { name: /North Korea/ })).toHaveCount(0);
  // …or with its remove button.
  await countries.fill("US");
  await page.getByRole("option", { name: "United States of America" }).click();
  await page.keyboard.press("Escape");
  await chips.getByRole("button", { name: "Remove United States of America" }).click();
  await expect(chips.getByRole("row")).toHaveCount(1);

  await editor.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/briefs\/[0-9a-f-]{36}(\/edit)?$/);
  await page.goto(page.url().replace(/\/edit$/, ""));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Islamic Republic of Iran", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "North Korea", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "United States of America", exact: true })).toHaveCount(0);
});

test("starting a session asks first, warns when far from the planned time, and can be cancelled", async ({ page }) => {
  const title = `Session planned in 60 days ${Date.now()}`;
  await signIn(page, "manager@stepi.demo");
  await page.goto("/committees");
  await page.getByRole("link", { name: "Korea–US Joint Committee on S&T Cooperation", exact: true }).click();
  const plan = page.getByRole("form", { name: "Plan a session" });
  await plan.getByLabel("Title").fill(title);
  await plan.getByLabel("Starts").fill(dateTimeFromToday(60, "10:00"));
  await plan.getByLabel("Ends").fill(dateTimeFromToday(60, "12:00"));
  await plan.getByLabel("Time zone").fill("Asia/Seoul");
  await plan.getByRole("button", { name: "Plan session" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const start = page.getByRole("button", { name: "Start session" });
  await start.click();
  const dialog = page.getByRole("alertdialog", { name: `Start “${title}” now?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("alert")).toHaveText(
    /^This session is planned for .+, 10:00 GMT\+9 — in (59|60|61) days\.$/,
  );
  // Focus stays inside the dialog.
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    await expect(dialog.locator(":focus")).toHaveCount(1);
  }
  // Escape and Cancel leave the session as it was, and focus goes back to the button.
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(start).toBeFocused();
  await start.click();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("Planned", { exact: true })).toBeVisible();

  await start.click();
  await confirm(page, "Start session");
  await expect(page.getByText("In session", { exact: true })).toBeVisible();
  // Marking it held asks too, without the far-from-plan warning.
  await page.getByRole("button", { name: "Mark as held" }).click();
  await expect(page.getByRole("alertdialog").getByRole("alert")).toHaveCount(0);
  await confirm(page, "Mark as held");
  await expect(page.getByText("Held", { exact: true })).toBeVisible();
});

test("a table without rows says so, and its scrolling region is reachable by keyboard", async ({ page }) => {
  await signIn(page, "admin@stepi.demo");
  await page.goto("/admin/audit?actor=nobody-at-all%40example.org");
  const table = page.getByRole("table", { name: "Audit log" });
  await expect(table.getByRole("columnheader", { name: "When" })).toBeVisible();
  await expect(table.getByRole("cell", { name: "No event matches these filters." })).toBeVisible();
  const region = page.getByRole("region", { name: "Audit log" });
  await page.getByRole("button", { name: "Apply" }).focus();
  await page.keyboard.press("Tab");
  await expect(region).toBeFocused();
});
