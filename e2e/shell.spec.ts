import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("on a phone the header is one line; a labelled menu button opens the controls and the navigation", async ({
  page,
}) => {
  await signIn(page, "analyst@stepi.demo");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(nav).toBeHidden();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
  await expect(page.getByRole("link", { name: /^Notifications:/ })).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  const header = await page.getByRole("banner").boundingBox();
  expect(header!.height).toBeLessThan(844 / 8);

  // Keyboard: open, reach the links, close with Escape back on the button.
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Briefs", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();

  // Following a link closes the menu on the new page.
  await menu.click();
  await nav.getByRole("link", { name: "Briefs", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Country intelligence" })).toBeVisible();
  await expect(nav).toBeHidden();

  // On a laptop everything is in view and there is no menu button.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(nav).toBeVisible();
  await expect(menu).toBeHidden();
});
