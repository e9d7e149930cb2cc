import { expect, test } from "@playwright/test";
import { as, choose, confirm, dateFromToday, dateTimeFromToday } from "./helpers";

test("a manager plans a session, builds its agenda, holds it, records a decision and creates a follow-up", async ({
  browser,
}) => {
  const manager = await as(browser, "manager@stepi.demo");
  await manager.getByRole("link", { name: "Committees", exact: true }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Committees" })).toBeVisible();
  await manager.getByRole("link", { name: "Korea–US Joint Committee on S&T Cooperation", exact: true }).click();
  await expect(
    manager.getByRole("heading", { level: 1, name: "Korea–US Joint Committee on S&T Cooperation" }),
  ).toBeVisible();
  // The scorecard shows overdue follow-ups from the demo data.
  await expect(manager.getByRole("list", { name: "Scorecard" }).getByText(/Overdue: [1-9]/)).toBeVisible();

  const plan = manager.getByRole("form", { name: "Plan a session" });
  await plan.getByLabel("Title").fill("Extraordinary session on AI semiconductors");
  await plan.getByLabel("Starts").fill(dateTimeFromToday(180, "10:00"));
  await plan.getByLabel("Ends").fill(dateTimeFromToday(180, "11:00"));
  await plan.getByLabel("Time zone").fill("Asia/Seoul");
  await plan.getByLabel("Place").fill("Sejong");
  await plan.getByRole("button", { name: "Plan session" }).click();
  await expect(
    manager.getByRole("heading", { level: 1, name: "Extraordinary session on AI semiconductors" }),
  ).toBeVisible();

  const add = manager.getByRole("form", { name: "Add from the backlog" });
  await add
    .getByLabel("Agenda item")
    .selectOption({ label: "AI: data sharing and labelling, LLMs, AI semiconductors" });
  await add.getByLabel("Time (minutes)").fill("45");
  await add.getByLabel("Presenter").fill("Park Ji-hoon");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(
    manager.getByRole("link", { name: "AI: data sharing and labelling, LLMs, AI semiconductors" }),
  ).toBeVisible();
  await add
    .getByLabel("Agenda item")
    .selectOption({ label: "Think-tank cooperation on monitoring critical technologies" });
  await add.getByLabel("Time (minutes)").fill("30");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(
    manager.getByRole("alert").filter({ hasText: "The agenda runs 15 min longer than the session." }),
  ).toBeVisible();

  await manager.getByRole("button", { name: "Start session" }).click();
  await confirm(manager, "Start session");
  await expect(manager.getByText("In session", { exact: true })).toBeVisible();
  const decision = manager.getByRole("form", {
    name: "Decision: AI: data sharing and labelling, LLMs, AI semiconductors",
  });
  await decision.getByLabel("Decision", { exact: true }).selectOption({ label: "Agreed" });
  await decision.getByLabel("Text of the decision").fill("Fund two AI-semiconductor testbeds, one on each side.");
  await decision.getByRole("button", { name: "Record decision" }).click();
  await expect(decision.getByRole("status")).toHaveText("Decision recorded.");
  await manager.getByRole("button", { name: "Mark as held" }).click();
  await confirm(manager, "Mark as held");
  await expect(manager.getByText("Held", { exact: true })).toBeVisible();
  const ics = await manager.request.get(`${manager.url().replace(/\/sessions\//, "/api/sessions/")}/ics`);
  // Long iCalendar lines are folded (RFC 5545): unfold before reading.
  expect((await ics.text()).replace(/\r\n /g, "")).toContain(
    "SUMMARY:Korea–US Joint Committee on S&T Cooperation: Extraordinary session on AI semiconductors",
  );

  await manager.getByRole("link", { name: "AI: data sharing and labelling, LLMs, AI semiconductors" }).click();
  const history = manager.getByRole("list").filter({ hasText: "Extraordinary session on AI semiconductors" });
  await expect(history.getByText("Fund two AI-semiconductor testbeds, one on each side.")).toBeVisible();
  await expect(history.getByText("Launch a joint AI data-sharing pilot and scope an NPU-farm project.")).toBeVisible();

  await manager.getByText("Create a follow-up").click();
  const create = manager.getByRole("form", { name: "Create a follow-up" });
  await create
    .getByLabel("Decision", { exact: true })
    .selectOption({ label: "Extraordinary session on AI semiconductors: Agreed" });
  await create.getByLabel("Title").fill("Select the two AI-semiconductor testbeds");
  await create.getByLabel("Due date").fill(dateFromToday(300));
  await choose(manager, "Lead institutions", ["IDA STPI"], create);
  await choose(manager, "Assignees", ["Emily Carter"], create);
  await create.getByRole("button", { name: "Create follow-up" }).click();
  await expect(
    manager.getByRole("heading", { level: 1, name: "Select the two AI-semiconductor testbeds" }),
  ).toBeVisible();
  await expect(manager.getByText(/From: Extraordinary session on AI semiconductors — Agreed/)).toBeVisible();
});

test("an assignee from the other side posts progress; closing as Done needs the final update", async ({ browser }) => {
  const emily = await as(browser, "analyst@stpi.demo");
  await emily.getByRole("link", { name: "Follow-ups", exact: true }).click();
  await emily.getByRole("link", { name: "My follow-ups" }).click();
  await emily.getByRole("link", { name: "Shared database of technology trends: data model" }).click();
  await expect(emily.getByText("Overdue", { exact: true }).first()).toBeVisible();
  const form = emily.getByRole("form", { name: "Post a progress update" });
  await form
    .getByLabel("What happened")
    .fill("Data model reviewed with STEPI; import of the first 500 trend records done.");
  await form.getByLabel("Progress (%)").fill("90");
  await form.getByLabel("Evidence links").fill("https://example.org/trends/data-model-v2");
  await form.getByRole("button", { name: "Post update" }).click();
  await expect(form.getByRole("status")).toHaveText("Update posted.");
  await expect(
    emily.getByText("Data model reviewed with STEPI; import of the first 500 trend records done."),
  ).toBeVisible();
  await expect(emily.getByRole("progressbar", { name: "Progress" })).toHaveAttribute("aria-valuenow", "90");

  await form.getByLabel("What happened").fill("Database live for both institutes.");
  await form.getByLabel("Status after this update").selectOption({ label: "Done" });
  await form.getByRole("button", { name: "Post update" }).click();
  await expect(emily.getByRole("progressbar", { name: "Progress" })).toHaveAttribute("aria-valuenow", "100");
  await expect(emily.getByText("In progress → Done")).toBeVisible();
});

test("a viewer reads committees and follow-ups but is offered no controls", async ({ browser }) => {
  const viewer = await as(browser, "viewer@nistep.demo");
  await viewer.goto("/committees");
  await viewer.getByRole("link", { name: "Korea–US Joint Committee on S&T Cooperation", exact: true }).click();
  await expect(
    viewer.getByRole("heading", { level: 1, name: "Korea–US Joint Committee on S&T Cooperation" }),
  ).toBeVisible();
  await expect(viewer.getByRole("form", { name: "Plan a session" })).toHaveCount(0);
  await expect(viewer.getByRole("form", { name: "Propose an agenda item" })).toHaveCount(0);
  await viewer.getByRole("link", { name: "Washington Joint Committee session" }).click();
  await expect(viewer.getByRole("heading", { level: 1, name: "Washington Joint Committee session" })).toBeVisible();
  await expect(viewer.getByRole("button", { name: "Start session" })).toHaveCount(0);
  await expect(viewer.getByRole("form", { name: "Add from the backlog" })).toHaveCount(0);
  await viewer.goto("/follow-ups");
  await viewer.getByRole("link", { name: "Draft terms of the joint research fund" }).click();
  await expect(viewer.getByText("You can read this follow-up")).toBeVisible();
  await expect(viewer.getByRole("form", { name: "Post a progress update" })).toHaveCount(0);
});

test("dragging a card on the board changes its status at once; a refused move rolls back", async ({ browser }) => {
  const emily = await as(browser, "analyst@stpi.demo");
  await emily.goto("/follow-ups?assignee=me");
  await emily.getByRole("link", { name: "Board" }).click();
  const column = (name: string) => emily.getByRole("region", { name, exact: true });
  const card = emily.getByRole("listitem").filter({ hasText: "First trilateral supply-chain data exchange" });
  await expect(
    column("In progress").getByRole("link", { name: "First trilateral supply-chain data exchange" }),
  ).toBeVisible();

  await card.dragTo(column("Blocked"));
  await expect(
    column("Blocked").getByRole("link", { name: "First trilateral supply-chain data exchange" }),
  ).toBeVisible();
  await expect(
    emily.getByRole("status").filter({ hasText: "First trilateral supply-chain data exchange: now Blocked." }),
  ).toBeVisible();

  // Done needs a final update: the server refuses, the card goes back, the reason is shown.
  await card.getByLabel("Move First trilateral supply-chain data exchange to").selectOption({ label: "Done" });
  await expect(
    emily.getByRole("status").filter({ hasText: "Closing as Done needs a final progress update." }),
  ).toBeVisible();
  await expect(
    column("Blocked").getByRole("link", { name: "First trilateral supply-chain data exchange" }),
  ).toBeVisible();
  await emily.reload();
  await expect(
    column("Blocked").getByRole("link", { name: "First trilateral supply-chain data exchange" }),
  ).toBeVisible();
});

test("minutes need a co-chair of each side; the pre-session pack shows each reader only their briefs", async ({
  browser,
}) => {
  const manager = await as(browser, "manager@stepi.demo");
  await manager.goto("/committees");
  await manager.getByRole("link", { name: "Korea–US Joint Committee on S&T Cooperation", exact: true }).click();
  const plan = manager.getByRole("form", { name: "Plan a session" });
  await plan.getByLabel("Title").fill("Working-level session on quantum");
  await plan.getByLabel("Starts").fill(dateTimeFromToday(-1, "14:00"));
  await plan.getByLabel("Ends").fill(dateTimeFromToday(-1, "16:00"));
  await plan.getByRole("button", { name: "Plan session" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Working-level session on quantum" })).toBeVisible();
  await manager.getByRole("button", { name: "Start session" }).click();
  await confirm(manager, "Start session");
  await manager.getByRole("button", { name: "Start the minutes" }).click();
  await manager.getByLabel("Text (Markdown)").fill("Both sides agreed to exchange **20 researchers** a year.");
  await manager.getByRole("button", { name: "Save minutes" }).click();
  await expect(manager.getByText("Minutes saved.")).toBeVisible();
  await manager.getByRole("button", { name: "Circulate" }).click();
  await manager.getByRole("button", { name: "Approve for my side" }).click();
  await confirm(manager, "Approve for my side");
  await expect(manager.getByText("Korea: approved by Park Ji-hoon")).toBeVisible();
  await expect(manager.getByText("United States: awaiting approval")).toBeVisible();
  const sessionUrl = manager.url();

  const emily = await as(browser, "analyst@stpi.demo");
  await emily.goto(sessionUrl);
  await emily.getByRole("button", { name: "Approve for my side" }).click();
  await confirm(emily, "Approve for my side");
  await expect(emily.getByText("United States: approved by Emily Carter")).toBeVisible();
  await expect(emily.getByText("Approved", { exact: true })).toBeVisible();
  await expect(emily.getByRole("button", { name: "Approve for my side" })).toHaveCount(0);

  // The Washington session's pack: agenda, linked briefs the reader may read, the previous session.
  await emily.goto("/committees");
  await emily.getByRole("link", { name: "Korea–US Joint Committee on S&T Cooperation", exact: true }).click();
  await emily.getByRole("link", { name: "Washington Joint Committee session" }).click();
  await emily.getByRole("link", { name: "Pre-session pack" }).click();
  await expect(
    emily.getByRole("heading", { level: 1, name: "Pre-session pack: Washington Joint Committee session" }),
  ).toBeVisible();
  await expect(
    emily.getByRole("link", { name: "OECD: diverse career paths for doctoral and postdoctoral researchers" }),
  ).toBeVisible();
  await expect(emily.getByRole("heading", { name: "Approved minutes" })).toBeVisible();
  await expect(emily.getByText("from cooperation to alliance")).toBeVisible();
  const packUrl = emily.url();

  const viewer = await as(browser, "viewer@nistep.demo");
  await viewer.goto(packUrl);
  await expect(
    viewer.getByRole("heading", { level: 1, name: "Pre-session pack: Washington Joint Committee session" }),
  ).toBeVisible();
  await expect(viewer.getByRole("link", { name: "NIST report to Congress on critical technologies" })).toBeVisible();
  // A restricted brief the viewer is not a recipient of is left out.
  await expect(viewer.getByText("OECD: diverse career paths")).toHaveCount(0);
});
