import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
// Two tracks (issue 12, item 4): a committee's sub-committees (an implementation committee,
// working groups), decisions of the parent delegated to them, and the progress each reports
// back to the parent through its standing "Report of …" item. Sub-committees are committees
// of the same workspace, so `committeeAccess` and `committeeWhere` apply unchanged: a reader
// who cannot see the parent cannot see them either (404 from every door).
import type { FollowUpStatus } from "@/lib/generated/prisma/enums";
import { recordEvent } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { conflict, invalid, notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import { clock, today } from "@/lib/time/clock";
import type { DelegateDecisionInput } from "./schemas";
import { committeeAccess, committeeCan } from "./service";

export const PROGRESS_STATUSES: readonly FollowUpStatus[] = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"];

/**
 * "Delegate to sub-committee": in one transaction, an ADOPTED agenda item of the sub-committee
 * made from the decision and its item, linked to the decision (unique: a decision is delegated
 * once). Managers of the parent only; the sub-committee must be one of the decision's
 * committee's own.
 */
export async function delegateDecision(actor: Actor, input: DelegateDecisionInput) {
  return db().$transaction(async (tx) => {
    const decision = await tx.decision.findFirst({
      where: { id: input.decisionId, session: { committee: committeeWhere(actor) } },
      include: {
        session: { select: { id: true, title: true, committeeId: true } },
        agendaItem: { select: { title: true, description: true } },
      },
    });
    if (!decision) throw notFound("This decision");
    const { committee } = await committeeAccess(tx, actor, decision.session.committeeId, "committee.manage");
    const sub = await tx.committee.findFirst({
      where: { id: input.subCommitteeId, parentId: committee.id, ...committeeWhere(actor) },
      select: { id: true, name: true },
    });
    if (!sub) throw invalid("subCommitteeId", "unknown_sub_committee");
    // Serialise delegations of this decision; the unique key refuses the second one anyway.
    await tx.$queryRaw`SELECT id FROM "Decision" WHERE id = ${decision.id} FOR NO KEY UPDATE`;
    if (await tx.agendaItem.count({ where: { delegatedFromDecisionId: decision.id } }))
      throw conflict("already_delegated");
    const description = [decision.text, decision.agendaItem.description].filter(Boolean).join("\n\n");
    let item: { id: string; title: string };
    try {
      item = await tx.agendaItem.create({
        data: {
          committeeId: sub.id,
          title: decision.agendaItem.title,
          description,
          status: "ADOPTED",
          proposedById: actor.id,
          delegatedFromDecisionId: decision.id,
        },
        select: { id: true, title: true },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw conflict("already_delegated");
      throw error;
    }
    await recordAudit(tx, {
      action: "agenda.delegate",
      actor,
      targetType: "agenda_item",
      targetId: item.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { decisionId: decision.id, from: committee.id, to: sub.id, title: item.title },
    });
    await recordEvent(tx, {
      kind: "AGENDA_ITEM_DELEGATED",
      committeeId: sub.id,
      actorId: actor.id,
      agendaItemId: item.id,
      payload: { parent: committee.name },
    });
    return { id: item.id, title: item.title, href: `/agenda-items/${item.id}`, subCommittee: sub.name };
  });
}

export interface DelegatedItem {
  id: string;
  title: string;
  committee: { id: string; name: string };
}

/**
 * For the decisions shown on a parent's page (session or agenda item): where each was
 * delegated, the sub-committees it could go to, and whether the reader may delegate.
 */
export async function decisionDelegations(actor: Actor, committeeId: string, decisionIds: string[]) {
  const { role } = await committeeAccess(db(), actor, committeeId);
  const [subCommittees, items] = await Promise.all([
    db().committee.findMany({
      where: { parentId: committeeId, ...committeeWhere(actor) },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    decisionIds.length
      ? db().agendaItem.findMany({
          where: { delegatedFromDecisionId: { in: decisionIds }, committee: committeeWhere(actor) },
          select: {
            id: true,
            title: true,
            delegatedFromDecisionId: true,
            committee: { select: { id: true, name: true } },
          },
        })
      : [],
  ]);
  const delegated = new Map<string, DelegatedItem>();
  for (const i of items)
    if (i.delegatedFromDecisionId)
      delegated.set(i.delegatedFromDecisionId, { id: i.id, title: i.title, committee: i.committee });
  return { subCommittees, delegated, canDelegate: committeeCan(role).manage && subCommittees.length > 0 };
}

export interface ReportProgress {
  committee: { id: string; name: string };
  byStatus: Record<FollowUpStatus, number>;
  total: number;
  /** Open follow-ups past their due date. */
  overdue: number;
  /** Follow-ups closed as done since `since` (every done one when there is no earlier session). */
  doneSince: number;
  since: Date | null;
}

/**
 * Follow-up figures of the given (sub-)committees, counted from their FollowUp rows: by status,
 * overdue (open and past due) and done since `since`. Only committees the actor can see.
 */
export async function committeesProgress(
  actor: Actor,
  committeeIds: string[],
  since: Date | null,
): Promise<Map<string, ReportProgress>> {
  const result = new Map<string, ReportProgress>();
  if (!committeeIds.length) return result;
  const day = today();
  const where = { committeeId: { in: committeeIds }, committee: committeeWhere(actor) };
  const [committees, byStatus, overdue, doneSince] = await Promise.all([
    db().committee.findMany({
      where: { id: { in: committeeIds }, ...committeeWhere(actor) },
      select: { id: true, name: true },
    }),
    db().followUp.groupBy({ by: ["committeeId", "status"], where, _count: { _all: true } }),
    db().followUp.groupBy({
      by: ["committeeId"],
      where: { ...where, status: { notIn: ["DONE", "CANCELLED"] }, dueDate: { lt: day } },
      _count: { _all: true },
    }),
    db().followUp.groupBy({
      by: ["committeeId"],
      where: { ...where, status: "DONE", ...(since ? { closedAt: { gte: since } } : {}) },
      _count: { _all: true },
    }),
  ]);
  for (const c of committees)
    result.set(c.id, {
      committee: c,
      byStatus: Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<FollowUpStatus, number>,
      total: 0,
      overdue: 0,
      doneSince: 0,
      since,
    });
  for (const r of byStatus) {
    const p = result.get(r.committeeId);
    if (!p) continue;
    p.byStatus[r.status] = r._count._all;
    p.total += r._count._all;
  }
  for (const r of overdue) {
    const p = result.get(r.committeeId);
    if (p) p.overdue = r._count._all;
  }
  for (const r of doneSince) {
    const p = result.get(r.committeeId);
    if (p) p.doneSince = r._count._all;
  }
  return result;
}

/** When the parent last met: the start of its last held session before `before` (default now). */
export async function lastHeldSessionStart(committeeId: string, before: Date = clock.now()) {
  const last = await db().session.findFirst({
    where: { committeeId, status: "HELD", startsAt: { lt: before } },
    orderBy: { startsAt: "desc" },
    select: { startsAt: true },
  });
  return last?.startsAt ?? null;
}

/**
 * The pack's report items: for each agenda entry that is a sub-committee's standing report,
 * the sub-committee's progress, with "done since" counted from the previous held session of
 * the parent (`previousStart`, the one the pack shows).
 */
export async function reportsForPack(
  actor: Actor,
  items: { id: string; reportingCommitteeId: string | null }[],
  previousStart: Date | null,
): Promise<Map<string, ReportProgress>> {
  const reporting = items.filter((i) => i.reportingCommitteeId);
  const progress = await committeesProgress(
    actor,
    reporting.map((i) => i.reportingCommitteeId as string),
    previousStart,
  );
  const byItem = new Map<string, ReportProgress>();
  for (const i of reporting) {
    const p = progress.get(i.reportingCommitteeId as string);
    if (p) byItem.set(i.id, p);
  }
  return byItem;
}

/**
 * What an agenda item's page shows of the two tracks: the decision it was delegated from (an
 * item of a sub-committee), the sub-committee's progress (the parent's report item), and the
 * delegations of its own decisions.
 */
export async function agendaItemTwoTracks(actor: Actor, agendaItemId: string) {
  const item = await db().agendaItem.findFirst({
    where: { id: agendaItemId, committee: committeeWhere(actor) },
    select: {
      id: true,
      committeeId: true,
      reportingCommitteeId: true,
      decisions: { select: { id: true } },
      delegatedFromDecision: {
        select: {
          id: true,
          type: true,
          text: true,
          session: { select: { id: true, title: true, committee: { select: { id: true, name: true } } } },
          agendaItem: { select: { id: true, title: true } },
        },
      },
    },
  });
  if (!item) throw notFound("This agenda item");
  const [delegations, report] = await Promise.all([
    decisionDelegations(
      actor,
      item.committeeId,
      item.decisions.map((d) => d.id),
    ),
    item.reportingCommitteeId
      ? (async () => {
          const since = await lastHeldSessionStart(item.committeeId);
          const progress = await committeesProgress(actor, [item.reportingCommitteeId as string], since);
          return progress.get(item.reportingCommitteeId as string) ?? null;
        })()
      : null,
  ]);
  return { delegatedFrom: item.delegatedFromDecision, report, delegations };
}
