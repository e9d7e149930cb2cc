import { expect, test } from "@playwright/test";
import { as, choose, signIn } from "./helpers";

const BRIEF_URL = /\/briefs\/[0-9a-f-]{36}$/;

test("a brief goes from draft through review, is returned, fixed and published", async ({ browser }) => {
  const title = `Quantum researcher quotas ${Date.now()}`;
  const analyst = await as(browser, "analyst@stepi.demo");
  await analyst.getByRole("link", { name: "Briefs", exact: true }).click();
  await analyst.getByRole("link", { name: "New brief", exact: true }).click();
  const editor = analyst.getByRole("form", { name: "New brief" });
  // The required category starts on a prompt, not on the search filter's "Any category".
  await expect(editor.getByLabel("Category").locator("option:checked")).toHaveText("Choose a category");
  await editor.getByRole("button", { name: "Create draft" }).click();
  await expect(editor.getByText("Enter at least 3 characters.")).toBeVisible();
  await expect(editor.getByText("Choose a country.")).toBeVisible();

  await editor.getByLabel("Title").fill(title);
  await editor
    .getByLabel("Summary")
    .fill("Korea joined the Entanglement Exchange in April 2023; researcher quotas are the next question.");
  await editor.getByLabel("Category").selectOption({ label: "S&T talent" });
  await choose(analyst, "Countries", ["South Korea", "United States of America"], editor);
  await editor.getByLabel("Quantum information").check();
  await editor.getByLabel("Body (Markdown)").fill("## Talent exchange\n\nQuotas for **quantum** researchers.");
  await editor.getByRole("button", { name: "Create draft" }).click();
  // The new draft opens for editing, titled as a draft, with its next step at hand.
  await expect(analyst).toHaveURL(/\/briefs\/[0-9a-f-]+\/edit$/);
  await expect(analyst.getByRole("heading", { level: 1, name: "Edit draft" })).toBeVisible();
  await expect(analyst.getByText("Draft: only you can see it")).toBeVisible();
  const draft = analyst.getByRole("form", { name: "Edit draft" });
  await draft.getByLabel("Summary").fill("Korea joined the Entanglement Exchange; researcher quotas are next.");
  // Submitting saves the unsaved change first.
  await draft.getByRole("button", { name: "Submit for review" }).click();
  await expect(analyst).toHaveURL(BRIEF_URL);
  const briefUrl = analyst.url();
  await expect(analyst.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(analyst.getByText("Korea joined the Entanglement Exchange; researcher quotas are next.")).toBeVisible();
  await expect(analyst.getByText("Submitted for review.")).toBeVisible();

  const manager = await as(browser, "manager@stepi.demo");
  await manager.goto(briefUrl);
  await manager.getByLabel("What should the author change?").fill("Add the date Korea joined.");
  await manager.getByRole("button", { name: "Return to author" }).click();
  // Back to a draft, the brief is the author's alone again: the reviewer returns to the list.
  await expect(manager).toHaveURL(/\/briefs$/);
  expect((await manager.goto(briefUrl))?.status()).toBe(404);

  await analyst.goto(briefUrl);
  await expect(analyst.getByText("Returned by Park Ji-hoon")).toBeVisible();
  await expect(analyst.getByText("Add the date Korea joined.")).toBeVisible();
  await analyst.getByRole("link", { name: "Edit" }).click();
  await analyst
    .getByLabel("Body (Markdown)")
    .fill("## Talent exchange\n\nKorea joined the Entanglement Exchange in **April 2023**.");
  // Drafts save by themselves a moment after the last keystroke.
  await expect(analyst.getByRole("status").filter({ hasText: /Saved at/ })).toBeVisible({ timeout: 15_000 });
  await analyst.getByRole("link", { name: "Back to the brief" }).click();
  await expect(analyst.getByText("April 2023", { exact: true })).toBeVisible();
  await analyst.getByRole("button", { name: "Submit for review" }).click();
  await expect(analyst.getByText("Submitted for review.")).toBeVisible();

  await manager.goto(briefUrl);
  await manager.getByRole("button", { name: "Publish" }).click();
  await expect(manager.getByText(/^.*Published [A-Z][a-z]+ \d+, \d{4}/)).toBeVisible();
  await expect(manager.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await manager.getByRole("link", { name: "History" }).click();
  await expect(manager.getByText(/Revision 1 · Park Ji-hoon/)).toBeVisible();
});

test("search finds Chinese and English with filters, and the URL is the bookmark", async ({ page }) => {
  await signIn(page, "viewer@nistep.demo");
  await page.getByRole("link", { name: "Briefs", exact: true }).click();
  const search = page.getByRole("search", { name: "Search briefs" });
  await search.getByRole("searchbox", { name: "Search briefs" }).fill("量子");
  await search.getByRole("button", { name: "Search" }).click();
  const results = page.getByRole("list", { name: "Search results" });
  await expect(
    results.getByRole("link", { name: "美国限制对半导体、量子信息技术和人工智能领域的对外投资" }),
  ).toBeVisible();
  await expect(results.locator("mark", { hasText: "量子" }).first()).toBeVisible();

  await search.getByRole("searchbox", { name: "Search briefs" }).fill("export control");
  await search.getByLabel("Country").selectOption({ label: "United States of America" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=export\+control/);
  await expect(page).toHaveURL(/country=US/);
  await expect(
    results.getByRole("link", {
      name: "US executive order restricts outbound investment in semiconductors, quantum and AI",
    }),
  ).toBeVisible();
  await expect(results.getByRole("link", { name: /Germany|德国/ })).toHaveCount(0);

  const bookmarked = page.url();
  const again = await page.context().newPage();
  await again.goto(bookmarked);
  await expect(again.getByRole("searchbox", { name: "Search briefs" })).toHaveValue("export control");
  await expect(
    again.getByRole("list", { name: "Search results" }).getByRole("link", { name: /US executive order/ }),
  ).toBeVisible();

  const save = page.getByRole("form", { name: "Save this search" });
  await save.getByLabel("Name").fill("US export controls");
  await save.getByRole("button", { name: "Save" }).click();
  await expect(save.getByRole("status")).toHaveText("Search saved.");
  await page.goto("/briefs");
  await page.getByRole("link", { name: "US export controls" }).click();
  await expect(page).toHaveURL(/q=export\+control&country=US/);
});

test("a mention in a comment reaches the person's inbox", async ({ browser }) => {
  const manager = await as(browser, "manager@stepi.demo");
  await manager.goto("/briefs?q=NIST");
  await manager.getByRole("link", { name: "NIST report to Congress on critical technologies" }).click();
  await manager
    .getByRole("textbox", { name: "Comment" })
    .fill("@Emily Carter could you check the list against the CET areas?");
  await manager.getByRole("button", { name: "Post comment" }).click();
  await expect(manager.getByText("could you check the list against the CET areas?")).toBeVisible();

  const emily = await as(browser, "analyst@stpi.demo");
  await expect(emily.getByRole("link", { name: /Notifications: \d+ unread/ })).toBeVisible();
  await emily.getByRole("link", { name: /Notifications/ }).click();
  await emily
    .getByRole("link", { name: "Park Ji-hoon mentioned you on “NIST report to Congress on critical technologies”" })
    .first()
    .click();
  await expect(
    emily.getByRole("heading", { level: 1, name: "NIST report to Congress on critical technologies" }),
  ).toBeVisible();
  await emily.goto("/notifications");
  await emily.getByRole("button", { name: "Mark all read" }).click();
  await expect(emily.getByRole("link", { name: "Notifications: No unread notifications" })).toBeVisible();
});

test("watching a country brings a notification when a brief about it is published", async ({ browser }) => {
  const viewer = await as(browser, "viewer@nistep.demo");
  await viewer.getByRole("link", { name: "Countries" }).click();
  await viewer.getByRole("combobox", { name: "Region" }).selectOption({ label: "Oceania" });
  await viewer.getByRole("button", { name: "Apply" }).click();
  await viewer.getByRole("link", { name: "Australia" }).click();
  await viewer.getByRole("button", { name: "Watch Australia" }).click();
  await expect(viewer.getByRole("button", { name: "Stop watching Australia" })).toBeVisible();

  const manager = await as(browser, "manager@stepi.demo");
  await manager.goto("/briefs?q=Australia");
  await manager.getByRole("link", { name: "Australia: the geography of digital industries" }).click();
  await manager.getByRole("button", { name: "Publish" }).click();
  await expect(manager.getByRole("button", { name: "Publish" })).toHaveCount(0);

  await viewer.goto("/notifications");
  await expect(
    viewer.getByRole("link", { name: "Park Ji-hoon published “Australia: the geography of digital industries”" }),
  ).toBeVisible();
});

test("a manager compiles a bulletin that prints cleanly", async ({ page }) => {
  await signIn(page, "manager@stepi.demo");
  await page.getByRole("link", { name: "Korea–US S&T partnership" }).first().click();
  await page.getByRole("link", { name: "Bulletins" }).click();
  await page.getByRole("link", { name: "Compile a bulletin" }).click();
  const form = page.getByRole("form", { name: "Compile a bulletin" });
  await form.getByRole("button", { name: "Compile" }).click();
  await expect(form.getByText("Choose at least one published brief.")).toBeVisible();
  await form.getByLabel("Title").fill("Korea–US S&T Monitor");
  await form.getByLabel("CHIPS and Science Act, one year on — S&T investment").check();
  await form.getByLabel("NIST report to Congress on critical technologies — Think-tank views").check();
  await form.getByRole("button", { name: "Compile" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Korea–US S&T Monitor" })).toBeVisible();
  const contents = page.getByRole("navigation", { name: "Contents" });
  await expect(contents.getByRole("link", { name: "S&T investment" })).toBeVisible();
  await expect(contents.getByRole("link", { name: "Think-tank views" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "S&T investment" })).toBeVisible();
  await expect(
    page.getByText("[1] The White House, “Fact sheet: One year after the CHIPS and Science Act”"),
  ).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Korea–US S&T Monitor" })).toBeVisible();
});

test("an institution-level brief is 404 and unsearchable for another institution's reader", async ({ browser }) => {
  const analyst = await as(browser, "analyst@stepi.demo");
  await analyst.goto("/briefs?q=roadmap");
  await analyst.getByRole("link", { name: "Korea's mission-oriented roadmap for 16 key technologies" }).click();
  await expect(analyst.getByText("TLP:AMBER+STRICT")).toBeVisible();
  await expect(analyst).toHaveURL(BRIEF_URL);
  const url = analyst.url();

  const partner = await as(browser, "analyst@stpi.demo");
  const response = await partner.goto(url);
  expect(response?.status()).toBe(404);
  await expect(partner.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await partner.goto("/briefs?q=roadmap");
  await expect(partner.getByRole("status")).toHaveText("No briefs found");
  await partner.goto("/briefs?q=반도체");
  await expect(partner.getByRole("link", { name: /mission-oriented roadmap/ })).toHaveCount(0);
  const csv = await partner.request.get("/api/briefs/export?format=csv&q=roadmap");
  expect(await csv.text()).not.toContain("mission-oriented");
});

test("the briefs page offers writing only to those who may write", async ({ browser }) => {
  const viewer = await as(browser, "viewer@nistep.demo");
  await viewer.goto("/briefs");
  await expect(viewer.getByRole("heading", { level: 1, name: "Country intelligence" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "New brief", exact: true })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Import", exact: true })).toHaveCount(0);
  const contributor = await as(browser, "analyst@stepi.demo");
  await contributor.goto("/briefs");
  await expect(contributor.getByRole("link", { name: "New brief", exact: true })).toBeVisible();
  await expect(contributor.getByRole("link", { name: "Import", exact: true })).toBeVisible();
});
