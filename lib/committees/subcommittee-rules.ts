import "server-only";
// Two tracks (issue 12, item 4): the rules createCommittee applies when a committee is made as
// a sub-committee of another, and the parent's standing report item it creates. A leaf module
// (it imports nothing of ./service), so service.ts can use it without a cycle.
import { translatorFor } from "@/i18n/translator";
import type { CommitteeKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import type { Tx } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import { SUB_COMMITTEE_KINDS } from "./schemas";

export interface SubCommitteeParent {
  id: string;
  name: string;
  workspaceId: string;
}

/**
 * The parent of a new sub-committee: 404 unless the actor can see it; refused when it is in
 * another workspace, is itself a sub-committee (one level only) or the kind is not one a
 * sub-committee may have. The database trigger (migration `subcommittees`) holds the same rule.
 */
export async function subCommitteeParent(
  tx: Tx,
  actor: Actor,
  input: { parentId: string; workspaceId: string; kind: CommitteeKind },
): Promise<SubCommitteeParent> {
  const parent = await tx.committee.findFirst({
    where: { id: input.parentId, ...committeeWhere(actor) },
    select: { id: true, name: true, workspaceId: true, parentId: true },
  });
  if (!parent) throw notFound("This committee");
  // Lock the parent so a concurrent "make it a sub-committee" cannot slip past the check.
  await tx.$queryRaw`SELECT id FROM "Committee" WHERE id = ${parent.id} FOR NO KEY UPDATE`;
  if (parent.workspaceId !== input.workspaceId) throw invalid("parentId", "parent_other_workspace");
  if (parent.parentId) throw invalid("parentId", "sub_committee_nested");
  if (!(SUB_COMMITTEE_KINDS as readonly string[]).includes(input.kind)) throw invalid("kind", "sub_committee_kind");
  return { id: parent.id, name: parent.name, workspaceId: parent.workspaceId };
}

/**
 * "Report of the <sub-committee>": an ADOPTED item of the parent linked to the sub-committee,
 * so it stays in the parent's backlog (nothing concludes it automatically) and is carried to
 * each next session. Its title is written in the creating manager's language. When the parent
 * has a planned session, the item goes onto the next one at once.
 */
export async function createReportItem(
  tx: Tx,
  actor: Actor,
  parent: SubCommitteeParent,
  sub: { id: string; name: string },
) {
  const t = await translatorFor(actor.locale, "subcommittees");
  const item = await tx.agendaItem.create({
    data: {
      committeeId: parent.id,
      title: t("reportTitle", { name: sub.name }),
      description: t("reportDescription", { name: sub.name }),
      status: "ADOPTED",
      proposedById: actor.id,
      reportingCommitteeId: sub.id,
    },
  });
  await addReportItemsToSession(tx, parent.id);
  return item;
}

/**
 * Puts the committee's standing report items that are still open onto its next planned
 * session's agenda (at the end), unless they are on it already. Called when a sub-committee
 * is created and when a session of the parent is planned.
 */
export async function addReportItemsToSession(tx: Tx, committeeId: string, sessionId?: string) {
  const session = await tx.session.findFirst({
    where: sessionId ? { id: sessionId, committeeId } : { committeeId, status: "PLANNED" },
    orderBy: { startsAt: "asc" },
    select: { id: true, status: true },
  });
  if (session?.status !== "PLANNED") return;
  const items = await tx.agendaItem.findMany({
    where: {
      committeeId,
      reportingCommitteeId: { not: null },
      status: { in: ["ADOPTED", "IN_PROGRESS"] },
      entries: { none: { sessionId: session.id } },
    },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!items.length) return;
  const last = await tx.agendaEntry.aggregate({ where: { sessionId: session.id }, _max: { position: true } });
  const start = (last._max.position ?? -1) + 1;
  await tx.agendaEntry.createMany({
    data: items.map((item, i) => ({ sessionId: session.id, agendaItemId: item.id, position: start + i })),
  });
}
