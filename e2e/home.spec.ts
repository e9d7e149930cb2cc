import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("staff see their own work on the home page", async ({ page }) => {
  await signIn(page, "analyst@stepi.demo");
  const work = page.getByRole("region", { name: "My work" });
  await expect(work.getByRole("link", { name: "Joint fund for basic and applied research: options" })).toBeVisible();
  await expect(
    work.getByRole("link", { name: "Park Ji-hoon mentioned you on “CHIPS and Science Act, one year on”" }),
  ).toBeVisible();
  await expect(work.getByRole("link", { name: "Launch the AI data-sharing pilot" })).toBeVisible();
  // Work assigned to me that is on track carries no warning (overdue work does: next test).
  const onTrack = work
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Launch the AI data-sharing pilot" }) });
  await expect(onTrack.getByText("Overdue", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "To chase" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "My institution" })).toHaveCount(0);
});

test("program managers see what to chase", async ({ page }) => {
  await signIn(page, "manager@stepi.demo");
  const chase = page.getByRole("region", { name: "To chase" });
  await expect(chase.getByRole("heading", { name: /^Overdue \(\d+\)$/ })).toBeVisible();
  await expect(chase.getByRole("link", { name: "Draft terms of the joint research fund" })).toBeVisible();
  await expect(
    chase.getByRole("link", {
      name: "Korea–US Joint Committee on S&T Cooperation: Washington Joint Committee session",
    }),
  ).toBeVisible();
  await expect(chase.getByText("agenda ready (3 items)")).toBeVisible();
  // Overdue work assigned to me is marked as such (the demo's is 32 days late, on any date).
  const mine = page
    .getByRole("region", { name: "My work" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Draft terms of the joint research fund" }) });
  await expect(mine.getByText("Overdue", { exact: true })).toBeVisible();
  await expect(chase.getByRole("heading", { name: "Agreed decisions without a follow-up" })).toBeVisible();
});

test("administrators see their institution's people and sensitive events", async ({ page }) => {
  await signIn(page, "admin@stepi.demo");
  const institution = page.getByRole("region", { name: "My institution" });
  await expect(institution.getByText(/\d+ active members/)).toBeVisible();
  await expect(institution.getByRole("heading", { name: "Recent sensitive events (7 days)" })).toBeVisible();
});
