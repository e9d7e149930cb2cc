import { expect, test } from "@playwright/test";
import { as, confirm } from "./helpers";

const PARENT = "Korea–US Joint Committee on S&T Cooperation";
const SUB = "Korea–US Working Group on Critical Technologies";
const ITEM = "Think-tank cooperation on monitoring critical technologies";

test("a manager creates a sub-committee, delegates a decision to it, follows the link and sees the roll-up", async ({
  browser,
}) => {
  const manager = await as(browser, "manager@stepi.demo");
  await manager.getByRole("link", { name: "Committees", exact: true }).click();
  // The list shows the hierarchy: the demo's implementation committee under its parent.
  await expect(manager.getByRole("link", { name: "Korea–US Joint Implementation Committee" })).toBeVisible();
  await manager.getByRole("link", { name: PARENT, exact: true }).click();
  await expect(manager.getByRole("heading", { level: 1, name: PARENT })).toBeVisible();

  // Add a sub-committee: the sides come prefilled from the parent's.
  await manager.getByText("Add sub-committee", { exact: true }).click();
  const form = manager.getByRole("form", { name: "Add sub-committee" });
  await form.getByLabel("Name", { exact: true }).fill(SUB);
  await form.getByLabel("Kind").selectOption({ label: "Working group" });
  await expect(form.getByLabel("Name of side 1")).toHaveValue("Korea");
  await expect(form.getByLabel("Name of side 2")).toHaveValue("United States");
  await form.getByRole("button", { name: "Create sub-committee" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: SUB })).toBeVisible();
  await expect(manager.getByText(`Sub-committee of ${PARENT}`)).toBeVisible();

  // Back on the parent, the held session's decision is delegated to the new sub-committee.
  await manager.getByRole("link", { name: PARENT }).click();
  await expect(manager.getByRole("heading", { level: 1, name: PARENT })).toBeVisible();
  await expect(manager.getByRole("list", { name: "Sub-committees" }).getByRole("link", { name: SUB })).toBeVisible();
  await manager.getByRole("link", { name: "2023 Joint Committee session" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "2023 Joint Committee session" })).toBeVisible();
  // The demo's AI decision is already with the implementation committee.
  await expect(
    manager.locator("p", { hasText: "Delegated to Korea–US Joint Implementation Committee" }).getByRole("link"),
  ).toHaveText("AI: data sharing and labelling, LLMs, AI semiconductors");
  const delegate = manager.getByRole("form", { name: `Delegate to sub-committee: ${ITEM}` });
  await delegate.getByLabel("Sub-committee to delegate to").selectOption({ label: SUB });
  await delegate.getByRole("button", { name: "Delegate to sub-committee" }).click();
  await confirm(manager, "Delegate to sub-committee");
  const delegated = manager.locator("p", { hasText: `Delegated to ${SUB}` }).getByRole("link", { name: ITEM });
  await expect(delegated).toBeVisible();
  await expect(manager.getByRole("form", { name: `Delegate to sub-committee: ${ITEM}` })).toHaveCount(0);

  // The new agenda item, in the sub-committee, links back to the decision.
  await delegated.click();
  await expect(manager.getByRole("heading", { level: 1, name: ITEM })).toBeVisible();
  await expect(manager.getByText(`Delegated by ${PARENT}, decision of 2023 Joint Committee session`)).toBeVisible();
  await expect(manager.getByText("Adopted", { exact: true })).toBeVisible();

  // The parent's scorecard rolls up its sub-committees' follow-ups.
  await manager.getByRole("link", { name: PARENT }).click();
  await manager.getByRole("link", { name: "Full scorecard" }).click();
  const rollUp = manager.getByRole("region", { name: "Roll-up: this committee and its sub-committees" }).first();
  await expect(rollUp.getByRole("row", { name: /Korea–US Joint Implementation Committee/ })).toContainText("5");
  await expect(rollUp.getByRole("row", { name: new RegExp(SUB) })).toBeVisible();
  await expect(rollUp.getByRole("row", { name: /Total, with sub-committees/ })).toBeVisible();
  await manager.context().close();
});

test("the report item shows the sub-committee's progress; outsiders get 404 on the sub-committee", async ({
  browser,
}) => {
  const partner = await as(browser, "analyst@stpi.demo");
  await partner.getByRole("link", { name: "Committees", exact: true }).click();
  await partner.getByRole("link", { name: "Korea–US Joint Implementation Committee" }).click();
  await expect(
    partner.getByRole("heading", { level: 1, name: "Korea–US Joint Implementation Committee" }),
  ).toBeVisible();
  const subUrl = partner.url();
  await partner.getByRole("link", { name: PARENT }).click();
  await partner.getByRole("link", { name: "Report of the Korea–US Joint Implementation Committee" }).first().click();
  const progress = partner.getByRole("region", { name: "Progress of the Korea–US Joint Implementation Committee" });
  await expect(progress.getByRole("row", { name: /Overdue/ })).toContainText("1");
  await expect(progress.getByRole("row", { name: /Done since the last session/ })).toContainText("2");
  await partner.context().close();

  const stranger = await as(browser, "admin@casisd.demo");
  const response = await stranger.goto(subUrl);
  expect(response?.status()).toBe(404);
  await stranger.context().close();
});
