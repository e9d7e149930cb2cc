import { expect, test } from "@playwright/test";
import { confirm, signIn } from "./helpers";

test("a user creates a workspace and adds a partner institution's member", async ({ page }) => {
  const name = `Quantum talent exchange ${Date.now()}`;
  await signIn(page, "manager@stepi.demo");
  await page.getByRole("link", { name: "Workspaces" }).click();
  const form = page.getByRole("form", { name: "Create a workspace" });
  await form.getByRole("button", { name: "Create workspace" }).click();
  await expect(form.getByText("Enter at least 3 characters.")).toBeVisible();

  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Description").fill("Researcher quotas and the Entanglement Exchange (April 2023).");
  await form.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Your role: Manager")).toBeVisible();

  const add = page.getByRole("form", { name: "Add a member" });
  await add.getByLabel("Email address").fill("analyst@stpi.demo");
  await add.getByLabel("Role").selectOption({ label: "Contributor" });
  await add.getByRole("button", { name: "Add member" }).click();
  await expect(add.getByRole("status")).toHaveText("Member added.");
  await expect(page.getByRole("cell", { name: "Emily Carter analyst@stpi.demo" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "IDA STPI" })).toBeVisible();

  // The last manager cannot step down.
  await page.getByLabel("Role of Park Ji-hoon", { exact: true }).selectOption({ label: "Viewer" });
  await page
    .getByRole("form", { name: "Change the role of Park Ji-hoon" })
    .getByRole("button", { name: "Save" })
    .click();
  await expect(page.getByRole("form", { name: "Change the role of Park Ji-hoon" }).getByRole("alert")).toContainText(
    "A workspace needs at least one manager",
  );

  // Removing a member asks first: Cancel keeps them, confirming removes them.
  const emily = page.getByRole("row", { name: /Emily Carter/ });
  await emily.getByRole("button", { name: "Remove" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Remove Emily Carter from this workspace?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(emily).toBeVisible();
  await emily.getByRole("button", { name: "Remove" }).click();
  await confirm(page, "Remove");
  await expect(page.getByRole("row", { name: /Emily Carter/ })).toHaveCount(0);

  // The workspace switcher lists it.
  await page.getByRole("link", { name: "Home" }).click();
  await page.getByLabel("Workspace", { exact: true }).selectOption({ label: name });
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});
