// Two tracks (issue 12, item 4): sub-committees (one level, same workspace), decisions of the
// parent delegated to them (linked both ways, once, managers only, 404 outside), the parent's
// scorecard rolling up their follow-ups, and the standing report item with its progress in the
// pack — every figure checked against a count made here straight from the FollowUp rows.
import { beforeAll, describe, expect, it } from "vitest";
import { getSessionPack } from "@/lib/committees/pack";
import { committeeSchema } from "@/lib/committees/schemas";
import { createCommittee } from "@/lib/committees/service";
import { createSession } from "@/lib/committees/sessions";
import {
  agendaItemTwoTracks,
  decisionDelegations,
  delegateDecision,
  PROGRESS_STATUSES,
} from "@/lib/committees/subcommittees";
import { packDocument } from "@/lib/exports/pack";
import { committeeScorecard } from "@/lib/followups/scorecard";
import { scorecardDatasets } from "@/lib/followups/scorecard-datasets";
import type { FollowUpStatus } from "@/lib/generated/prisma/enums";
import { describeNotification, NOTIFICATION_INCLUDE } from "@/lib/notifications/describe";
import { translatorFor } from "@/lib/notifications/email";
import { fanOutPending } from "@/lib/notifications/fanout";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { DAY_MS, isoDateFromToday, today } from "@/lib/time/clock";
import { makeBilateralCommittee } from "../helpers/committee";
import { expectAppError, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let world: Awaited<ReturnType<typeof makeBilateralCommittee>>;
let workspaceId: string;
let subId: string;
let decisionId: string;
let heldSessionStart: Date;
const day = today();
const daysFromToday = (n: number) => new Date(day.getTime() + n * DAY_MS);

const subInput = (overrides: Record<string, unknown> = {}) =>
  committeeSchema.parse({
    workspaceId,
    parentId: world.committeeId,
    name: "Joint Implementation Committee",
    kind: "IMPLEMENTATION_COMMITTEE",
    countries: ["KR", "US"],
    side1Name: "Korea",
    side1Institutions: [world.koreaInstitution],
    side1CoChairs: [world.manager.id],
    side2Name: "United States",
    side2Institutions: [world.usInstitution],
    side2CoChairs: [world.american.id],
    ...overrides,
  });

async function addFollowUps(committeeId: string, plan: [FollowUpStatus, number, number | null][]) {
  // status, due (days from today), closed (days from today, or null)
  for (const [i, [status, due, closed]] of plan.entries())
    await db().followUp.create({
      data: {
        committeeId,
        title: `Follow-up ${i}`,
        dueDate: daysFromToday(due),
        status,
        progress: status === "DONE" ? 100 : 20,
        createdById: world.manager.id,
        closedAt: closed === null ? null : daysFromToday(closed),
      },
    });
}

/** Counts straight from the rows, for comparison. */
async function countsFromRows(committeeId: string, since: Date | null) {
  const rows = await db().followUp.findMany({ where: { committeeId } });
  const byStatus = Object.fromEntries(
    PROGRESS_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length]),
  ) as Record<FollowUpStatus, number>;
  return {
    byStatus,
    total: rows.length,
    overdue: rows.filter((r) => !["DONE", "CANCELLED"].includes(r.status) && r.dueDate < day).length,
    doneSince: rows.filter((r) => r.status === "DONE" && (!since || (r.closedAt && r.closedAt >= since))).length,
  };
}

beforeAll(async () => {
  world = await makeBilateralCommittee();
  workspaceId = (await db().committee.findUniqueOrThrow({ where: { id: world.committeeId } })).workspaceId;
  // A held session of the parent with a decision on an item.
  const item = await db().agendaItem.create({
    data: {
      committeeId: world.committeeId,
      title: "Quantum research exchange",
      description: "Researcher mobility between the two sides.",
      status: "ADOPTED",
      proposedById: world.manager.id,
    },
  });
  heldSessionStart = daysFromToday(-30);
  const session = await db().session.create({
    data: {
      committeeId: world.committeeId,
      title: "11th Joint Committee",
      startsAt: heldSessionStart,
      endsAt: new Date(heldSessionStart.getTime() + DAY_MS / 3),
      timeZone: "Asia/Seoul",
      status: "HELD",
      entries: { create: { agendaItemId: item.id, position: 0 } },
    },
  });
  decisionId = (
    await db().decision.create({
      data: {
        sessionId: session.id,
        agendaItemId: item.id,
        type: "AGREED",
        text: "Launch a joint quantum fellowship.",
        recordedById: world.manager.id,
      },
    })
  ).id;
});

describe("creating a sub-committee", () => {
  it("reuses createCommittee with a parent and makes the parent's report item once", async () => {
    const sub = await createCommittee(world.manager, subInput());
    subId = sub.id;
    expect(sub.parentId).toBe(world.committeeId);
    const reports = await db().agendaItem.findMany({ where: { reportingCommitteeId: sub.id } });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ committeeId: world.committeeId, status: "ADOPTED" });
    expect(reports[0].title).toContain("Joint Implementation Committee");
    const sides = await db().committeeSide.findMany({ where: { committeeId: sub.id }, orderBy: { position: "asc" } });
    expect(sides.map((s) => s.name)).toEqual(["Korea", "United States"]);
  });

  it("is one level only", async () => {
    await expectAppError(
      createCommittee(world.manager, subInput({ parentId: subId, name: "Working group on AI" })),
      "VALIDATION",
      "sub_committee_nested",
    );
    // The database refuses it too, from any path.
    await expect(
      db().committee.create({
        data: { workspaceId, name: "Nested", kind: "WORKING_GROUP", parentId: subId },
      }),
    ).rejects.toThrow();
    await expect(
      db().committee.update({ where: { id: world.committeeId }, data: { parentId: subId } }),
    ).rejects.toThrow();
  });

  it("has a sub-committee's kind", async () => {
    await expectAppError(
      createCommittee(world.manager, subInput({ kind: "JOINT_COMMITTEE", name: "Another joint committee" })),
      "VALIDATION",
      "sub_committee_kind",
    );
  });

  it("stays in the parent's workspace", async () => {
    const other = await makeWorkspace(world.manager);
    await expectAppError(
      createCommittee(world.manager, subInput({ workspaceId: other.id, name: "Elsewhere" })),
      "VALIDATION",
      "parent_other_workspace",
    );
    await expect(
      db().committee.create({
        data: { workspaceId: other.id, name: "Elsewhere", kind: "WORKING_GROUP", parentId: world.committeeId },
      }),
    ).rejects.toThrow();
  });

  it("is for the parent's managers only, and 404 outside the workspace", async () => {
    await expectAppError(createCommittee(world.korean, subInput({ name: "By a contributor" })), "FORBIDDEN");
    const own = await makeWorkspace(world.outsider);
    await expectAppError(
      createCommittee(world.outsider, subInput({ workspaceId: own.id, name: "By an outsider" })),
      "NOT_FOUND",
    );
  });

  it("puts the report item on each session the parent plans next", async () => {
    const start = isoDateFromToday(40);
    const session = await createSession(world.manager, {
      committeeId: world.committeeId,
      title: "12th Joint Committee",
      startsAt: `${start}T09:00`,
      endsAt: `${start}T17:00`,
      timeZone: "Asia/Seoul",
      place: "Seoul",
      onlineUrl: "",
    });
    const report = await db().agendaItem.findUniqueOrThrow({ where: { reportingCommitteeId: subId } });
    expect(await db().agendaEntry.count({ where: { sessionId: session.id, agendaItemId: report.id } })).toBe(1);
  });
});

describe("delegating a decision", () => {
  it("is refused to contributors and viewers, 404 outside the workspace", async () => {
    await expectAppError(delegateDecision(world.korean, { decisionId, subCommitteeId: subId }), "FORBIDDEN");
    await expectAppError(delegateDecision(world.viewer, { decisionId, subCommitteeId: subId }), "FORBIDDEN");
    await expectAppError(delegateDecision(world.outsider, { decisionId, subCommitteeId: subId }), "NOT_FOUND");
    await expectAppError(agendaItemTwoTracks(world.outsider, decisionId), "NOT_FOUND");
    await expectAppError(decisionDelegations(world.outsider, world.committeeId, [decisionId]), "NOT_FOUND");
  });

  it("goes only to the committee's own sub-committees", async () => {
    await expectAppError(
      delegateDecision(world.manager, { decisionId, subCommitteeId: world.committeeId }),
      "VALIDATION",
      "unknown_sub_committee",
    );
  });

  it("creates an adopted item in the sub-committee, linked both ways, once", async () => {
    const result = await delegateDecision(world.manager, { decisionId, subCommitteeId: subId });
    const item = await db().agendaItem.findUniqueOrThrow({ where: { id: result.id } });
    expect(item).toMatchObject({
      committeeId: subId,
      status: "ADOPTED",
      title: "Quantum research exchange",
      delegatedFromDecisionId: decisionId,
    });
    expect(item.description).toContain("Launch a joint quantum fellowship.");
    // From the decision's side (the parent's pages) ...
    const parentView = await decisionDelegations(world.american, world.committeeId, [decisionId]);
    expect(parentView.delegated.get(decisionId)).toMatchObject({ id: item.id, committee: { id: subId } });
    expect(parentView.canDelegate).toBe(false);
    expect((await decisionDelegations(world.manager, world.committeeId, [decisionId])).canDelegate).toBe(true);
    // ... and from the new item's.
    const subView = await agendaItemTwoTracks(world.viewer, item.id);
    expect(subView.delegatedFrom).toMatchObject({
      id: decisionId,
      session: { title: "11th Joint Committee", committee: { id: world.committeeId } },
    });
    await expectAppError(
      delegateDecision(world.manager, { decisionId, subCommitteeId: subId }),
      "CONFLICT",
      "already_delegated",
    );
    expect(await db().agendaItem.count({ where: { delegatedFromDecisionId: decisionId } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "agenda.delegate", targetId: item.id } })).toBe(1);
    // The sub-committee's participants are told, on the new item (not the actor, not outsiders).
    await fanOutPending();
    const told = await db().notification.findMany({
      where: { kind: "AGENDA_ITEM_DELEGATED", agendaItemId: item.id },
      include: NOTIFICATION_INCLUDE,
    });
    expect(told.map((n) => n.userId).sort()).toEqual(
      [world.korean.id, world.american.id, world.americanColleague.id, world.viewer.id].sort(),
    );
    const { t, locale } = translatorFor("en");
    const sentence = describeNotification(told[0], t, locale, "UTC");
    expect(sentence.text).toContain("“Quantum research exchange”");
    expect(sentence.href).toBe(`/agenda-items/${item.id}`);
  });
});

describe("roll-up and report back", () => {
  beforeAll(async () => {
    await addFollowUps(world.committeeId, [
      ["OPEN", 20, null],
      ["DONE", -40, -45],
      ["IN_PROGRESS", -3, null],
    ]);
    await addFollowUps(subId, [
      ["DONE", -10, -12], // done since the parent's last session
      ["DONE", -50, -60], // done before it
      ["OPEN", -5, null], // overdue
      ["BLOCKED", 10, null],
      ["CANCELLED", 30, -2],
      ["IN_PROGRESS", 60, null],
    ]);
  });

  it("the parent's scorecard shows its own figures, each sub-committee's and the total", async () => {
    const score = await committeeScorecard(world.viewer, world.committeeId);
    const own = await countsFromRows(world.committeeId, null);
    const sub = await countsFromRows(subId, null);
    expect(score.rollUp.rows.map((r) => r.id)).toEqual([world.committeeId, subId]);
    expect(score.summary.byStatus).toEqual(own.byStatus);
    expect(score.rollUp.rows[1].byStatus).toEqual(sub.byStatus);
    expect(score.rollUp.rows[1].overdue).toBe(sub.overdue);
    for (const s of PROGRESS_STATUSES) expect(score.rollUp.total.byStatus[s]).toBe(own.byStatus[s] + sub.byStatus[s]);
    expect(score.rollUp.total.total).toBe(own.total + sub.total);
    expect(score.rollUp.total.overdue).toBe(own.overdue + sub.overdue);
    // The chart, its table and the CSV (`?chart=rollup`) read one dataset with the same numbers.
    const rollup = scorecardDatasets(
      score,
      (k) => k,
      (d) => d.toISOString(),
    ).rollup;
    expect(rollup.rows.map((r) => [r.key, r.values.DONE, r.values.OPEN])).toEqual([
      [world.committeeId, own.byStatus.DONE, own.byStatus.OPEN],
      [subId, sub.byStatus.DONE, sub.byStatus.OPEN],
      ["total", own.byStatus.DONE + sub.byStatus.DONE, own.byStatus.OPEN + sub.byStatus.OPEN],
    ]);
    // The sub-committee's own scorecard has no sub-committees.
    expect((await committeeScorecard(world.viewer, subId)).rollUp.rows.map((r) => r.id)).toEqual([subId]);
    await expectAppError(committeeScorecard(world.outsider, world.committeeId), "NOT_FOUND");
  });

  it("the report item shows the sub-committee's progress since the parent's last session", async () => {
    const report = await db().agendaItem.findUniqueOrThrow({ where: { reportingCommitteeId: subId } });
    const view = await agendaItemTwoTracks(world.american, report.id);
    const expected = await countsFromRows(subId, heldSessionStart);
    expect(view.report).toMatchObject({ committee: { id: subId }, ...expected });
    expect(view.report?.since?.getTime()).toBe(heldSessionStart.getTime());
    expect(expected.doneSince).toBe(1);
    expect(expected.overdue).toBe(1);
  });

  it("the pre-session pack carries the progress, in the page's data and in the document", async () => {
    const report = await db().agendaItem.findUniqueOrThrow({ where: { reportingCommitteeId: subId } });
    const next = await db().session.findFirstOrThrow({ where: { committeeId: world.committeeId, status: "PLANNED" } });
    const pack = await getSessionPack(world.american, next.id);
    const expected = await countsFromRows(subId, heldSessionStart);
    expect(pack.reports.get(report.id)).toMatchObject(expected);
    const doc = await packDocument(
      { session: pack.session, previous: pack.previous, followUps: new Map(), reports: pack.reports },
      { name: "Reader", locale: "en", institution: "US institute" },
    );
    const table = doc.blocks.find((b) => b.kind === "table" && b.rows.some((r) => r[0].startsWith("Done since")));
    expect(table && table.kind === "table" && table.rows.map((r) => r[1])).toEqual([
      ...PROGRESS_STATUSES.map((s) => String(expected.byStatus[s])),
      String(expected.total),
      String(expected.overdue),
      String(expected.doneSince),
    ]);
    await expectAppError(getSessionPack(world.outsider, next.id), "NOT_FOUND");
  });

  it("sub-committees follow the parent's workspace roles", async () => {
    const asViewer: Actor = world.viewer;
    await expectAppError(
      createSession(asViewer, {
        committeeId: subId,
        title: "1st Implementation Committee",
        startsAt: `${isoDateFromToday(10)}T09:00`,
        endsAt: `${isoDateFromToday(10)}T12:00`,
        timeZone: "UTC",
        place: "",
        onlineUrl: "",
      }),
      "FORBIDDEN",
    );
    await expectAppError(committeeScorecard(world.outsider, subId), "NOT_FOUND");
  });
});
