import { expect, type Page } from "@playwright/test";
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
