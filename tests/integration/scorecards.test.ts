// Committee scorecards equal figures computed here, independently, from the follow-up rows —
// for three viewers who see different committees.
import { beforeAll, describe, expect, it } from "vitest";
import { followUpHealth } from "@/lib/followups/health";
import { committeeScorecard, committeeSummaries, SCORED_HEALTH, STATUS_ORDER } from "@/lib/followups/scorecard";
import type { FollowUpStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { DAY_MS, today } from "@/lib/time/clock";
import { expectAppError, makeTenant, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

const viewers = {} as Record<"first" | "second" | "both", Actor>;
const committees: string[] = [];
const day = today();
const daysFromToday = (n: number) => new Date(day.getTime() + n * DAY_MS);

async function makeCommittee(
  manager: Actor,
  workspaceId: string,
  institutions: [string, string],
  plan: [FollowUpStatus, number, number | null, number, 0 | 1 | 2][],
) {
  // plan rows: status, due (days from today), closed (days from today, or null), progress, lead side (2 = both sides)
  const committee = await db().committee.create({
    data: { workspaceId, name: `Committee ${committees.length + 1}`, kind: "JOINT_COMMITTEE" },
  });
  const sides = [];
  for (const [position, institutionId] of institutions.entries()) {
    const side = await db().committeeSide.create({
      data: { committeeId: committee.id, name: `Side ${position + 1}`, position },
    });
    await db().committeeInstitution.create({ data: { committeeId: committee.id, institutionId, sideId: side.id } });
    sides.push(side);
  }
  const items = await Promise.all(
    ["Quantum", "AI"].map((title) =>
      db().agendaItem.create({
        data: { committeeId: committee.id, title, proposedById: manager.id, status: "IN_PROGRESS" },
      }),
    ),
  );
  await db().session.create({
    data: {
      committeeId: committee.id,
      title: "First session",
      startsAt: daysFromToday(-200),
      endsAt: daysFromToday(-199),
      timeZone: "UTC",
      status: "HELD",
    },
  });
  await db().session.create({
    data: {
      committeeId: committee.id,
      title: "Second session",
      startsAt: daysFromToday(-40),
      endsAt: daysFromToday(-39),
      timeZone: "UTC",
      status: "HELD",
    },
  });
  await db().session.create({
    data: {
      committeeId: committee.id,
      title: "Next session",
      startsAt: daysFromToday(60),
      endsAt: daysFromToday(61),
      timeZone: "UTC",
    },
  });
  for (const [i, [status, due, closed, progress, lead]] of plan.entries()) {
    await db().followUp.create({
      data: {
        committeeId: committee.id,
        agendaItemId: items[i % 2].id,
        title: `Follow-up ${i}`,
        dueDate: daysFromToday(due),
        status,
        progress,
        createdById: manager.id,
        createdAt: daysFromToday(i % 3 === 0 ? -300 : -100),
        closedAt: closed === null ? null : daysFromToday(closed),
        leads: {
          createMany: {
            data: (lead === 2 ? institutions : [institutions[lead]]).map((institutionId) => ({ institutionId })),
          },
        },
      },
    });
  }
  committees.push(committee.id);
}

beforeAll(async () => {
  const a = await makeTenant("A");
  const b = await makeTenant("B");
  viewers.first = a.member;
  viewers.second = b.member;
  viewers.both = a.admin;
  const first = await makeWorkspace(a.admin, [[viewers.first, "VIEWER"]]);
  const second = await makeWorkspace(b.admin, [
    [viewers.second, "CONTRIBUTOR"],
    [viewers.both, "VIEWER"],
  ]);
  await makeCommittee(
    a.admin,
    first.id,
    [a.institution.id, b.institution.id],
    [
      ["DONE", -30, -35, 100, 0], // on time
      ["DONE", -60, -50, 100, 1], // late
      ["OPEN", -10, null, 0, 0], // overdue 10 days
      ["IN_PROGRESS", -4, null, 60, 2], // overdue 4 days
      ["BLOCKED", 30, null, 20, 1], // at risk
      ["IN_PROGRESS", 3, null, 10, 0], // at risk: due soon, little done
      ["IN_PROGRESS", 50, null, 80, 2], // on track
      ["CANCELLED", 20, -5, 0, 0],
    ],
  );
  await makeCommittee(
    b.admin,
    second.id,
    [b.institution.id, a.institution.id],
    [
      ["DONE", -100, -120, 100, 1],
      ["OPEN", -1, null, 0, 0],
      ["OPEN", 100, null, 0, 1],
    ],
  );
});

async function rowsOf(committeeId: string) {
  return db().followUp.findMany({ where: { committeeId }, include: { leads: true } });
}

async function visibleTo(actor: Actor) {
  const memberships = await db().workspaceMembership.findMany({
    where: { userId: actor.id },
    select: { workspaceId: true },
  });
  const all = await db().committee.findMany({
    where: { id: { in: committees } },
    select: { id: true, workspaceId: true },
  });
  return all.filter((c) => memberships.some((m) => m.workspaceId === c.workspaceId)).map((c) => c.id);
}

describe.each(["first", "second", "both"] as const)("viewer: %s", (who) => {
  it("sees the scorecards of exactly the committees of their workspaces", async () => {
    const visible = await visibleTo(viewers[who]);
    const summaries = (await committeeSummaries(viewers[who])).filter((s) => committees.includes(s.id));
    expect(summaries.map((s) => s.id).sort()).toEqual(visible.sort());
    for (const id of committees.filter((c) => !visible.includes(c)))
      await expectAppError(committeeScorecard(viewers[who], id), "NOT_FOUND");
  });

  it("every figure equals the one computed from the rows", async () => {
    for (const id of await visibleTo(viewers[who])) {
      const rows = await rowsOf(id);
      const score = await committeeScorecard(viewers[who], id);
      const open = rows.filter((r) => r.status !== "DONE" && r.status !== "CANCELLED");
      const overdue = open.filter((r) => r.dueDate < day);
      const done = rows.filter((r) => r.status === "DONE");
      const onTime = done.filter((r) => r.closedAt!.getTime() < r.dueDate.getTime() + DAY_MS);

      for (const s of STATUS_ORDER) expect(score.summary.byStatus[s]).toBe(rows.filter((r) => r.status === s).length);
      expect(score.summary.total).toBe(rows.length);
      expect(score.summary.overdue).toBe(overdue.length);
      expect(score.summary.onTimeRate).toBeCloseTo((onTime.length / (done.length + overdue.length)) * 100, 0);
      const days = overdue.map((r) => (day.getTime() - r.dueDate.getTime()) / DAY_MS);
      expect(score.summary.avgDaysOverdue).toBeCloseTo(days.reduce((a, b) => a + b, 0) / days.length, 1);

      for (const h of SCORED_HEALTH) expect(score.health[h]).toBe(rows.filter((r) => followUpHealth(r) === h).length);

      const sides = await db().committeeInstitution.findMany({ where: { committeeId: id } });
      for (const side of score.bySide) {
        const institutions = sides.filter((s) => s.sideId === side.id).map((s) => s.institutionId);
        const led = rows.filter((r) => r.leads.some((l) => institutions.includes(l.institutionId)));
        for (const s of STATUS_ORDER) expect(side.byStatus[s]).toBe(led.filter((r) => r.status === s).length);
      }

      for (const [itemId, item] of score.byItem) {
        const mine = rows.filter((r) => r.agendaItemId === itemId && r.status !== "CANCELLED");
        expect(item.total).toBe(mine.length);
        expect(item.avgProgress).toBe(
          Math.round(mine.reduce((sum, r) => sum + (r.status === "DONE" ? 100 : r.progress), 0) / mine.length),
        );
      }

      // Past sessions and today, in order; the planned session is not a point yet.
      expect(score.trend.map((p) => p.label)).toEqual(["First session", "Second session", ""]);
      for (const point of score.trend) {
        const at = point.date;
        const existing = rows.filter((r) => r.createdAt <= at && !(r.status === "CANCELLED" && r.closedAt! <= at));
        const doneThen = rows.filter((r) => r.status === "DONE" && r.closedAt! <= at);
        const overdueThen = existing.filter((r) => r.dueDate < today(at) && !doneThen.includes(r));
        expect(point.total).toBe(existing.length);
        expect(point.done).toBe(doneThen.length);
        expect(point.overdue).toBe(overdueThen.length);
      }
    }
  });
});
