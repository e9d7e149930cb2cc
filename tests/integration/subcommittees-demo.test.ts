// The two-track demo (prisma/demo-subcommittees.ts): the Korea–US Joint Committee has its
// implementation committee, a delegated decision, a report item on the next session and
// follow-ups (some done, one overdue) that the parent's scorecard rolls up.
import { describe, expect, it } from "vitest";
import { agendaItemTwoTracks } from "@/lib/committees/subcommittees";
import { committeeScorecard } from "@/lib/followups/scorecard";
import { db } from "@/lib/server/db";
import { loadActiveActor } from "@/lib/server/load-actor";
import { seedDemoData } from "@/prisma/seed";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

describe("two-track demo data", () => {
  it("seeds the implementation committee, the delegation, the report item and the roll-up", async () => {
    await seedDemoData(db());
    const parent = await db().committee.findFirstOrThrow({
      where: { name: "Korea–US Joint Committee on S&T Cooperation" },
    });
    const sub = await db().committee.findFirstOrThrow({ where: { parentId: parent.id } });
    expect(sub).toMatchObject({ name: "Korea–US Joint Implementation Committee", kind: "IMPLEMENTATION_COMMITTEE" });
    expect(await db().committeeSide.count({ where: { committeeId: sub.id } })).toBe(2);
    expect(await db().session.count({ where: { committeeId: sub.id, status: "HELD" } })).toBe(1);
    const delegated = await db().agendaItem.findFirstOrThrow({
      where: { committeeId: sub.id, delegatedFromDecisionId: { not: null } },
    });
    const report = await db().agendaItem.findUniqueOrThrow({ where: { reportingCommitteeId: sub.id } });
    expect(report).toMatchObject({ committeeId: parent.id, status: "ADOPTED" });
    const user = await db().user.findUniqueOrThrow({ where: { email: "manager@stepi.demo" } });
    const actor = (await loadActiveActor(user.id))!;
    const score = await committeeScorecard(actor, parent.id);
    expect(score.rollUp.rows.map((r) => r.id)).toEqual([parent.id, sub.id]);
    expect(score.rollUp.rows[1]).toMatchObject({ total: 5, overdue: 1 });
    expect(score.rollUp.rows[1].byStatus.DONE).toBe(2);
    const tracks = await agendaItemTwoTracks(actor, report.id);
    expect(tracks.report).toMatchObject({ total: 5, overdue: 1, doneSince: 2 });
    expect((await agendaItemTwoTracks(actor, delegated.id)).delegatedFrom?.session.committee.id).toBe(parent.id);
  });
});
