import { type Browser, expect, type Locator, type Page } from "@playwright/test";
import { isoDateFromToday } from "../lib/time/clock";

export const DEMO_PASSWORD = "accord-demo-2026";

/** A calendar date `days` from today (YYYY-MM-DD), so that specs mean the same on any date. */
export const dateFromToday = (days: number) => isoDateFromToday(days);
/** A local date-time for a `datetime-local` input, `days` from today at `time`. */
export const dateTimeFromToday = (days: number, time: string) => `${isoDateFromToday(days)}T${time}`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first request after start also warms the server up: allow it time.
  await expect(page.getByRole("button", { name: /^(Sign out|退出登录|로그아웃)$/ })).toBeVisible({ timeout: 30_000 });
}

/** A page in a browser context of its own (its own cookies), signed in as `email`. */
export async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/**
 * Chooses options of a searchable multi-select (a combobox with chips) the way a person
 * would: types each name and picks the matching option from the list.
 */
export async function choose(page: Page, label: string, names: string[], scope: Page | Locator = page) {
  const box = scope.getByRole("combobox", { name: label });
  for (const name of names) {
    // Click first, as a person would: it brings the field into the middle of the view. (A list
    // opened at the very bottom edge closes when the page scrolls, and takes the typing with it.)
    await box.click();
    await box.fill(name);
    await page.getByRole("option", { name, exact: true }).click();
    await box.press("Escape"); // the list stays open for more choices until closed
    await expect(scope.getByRole("grid", { name: `Chosen: ${label}` }).getByRole("row", { name })).toBeVisible();
  }
}

/** Presses `button` in the open confirmation dialog. */
export async function confirm(page: Page, button: string) {
  const dialog = page.getByRole("alertdialog");
  await dialog.getByRole("button", { name: button }).click();
  await expect(dialog).toHaveCount(0);
}
