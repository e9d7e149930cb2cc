import "server-only";
// Agenda items live on the committee: proposed by any contributor, adopted or declined by a
// manager, carried from session to session until concluded, with their decisions.
import type { z } from "zod";
import { briefReadableWhere } from "@/lib/briefs/visibility";
import type { AgendaItemStatus } from "@/lib/generated/prisma/enums";
import { recordEvent } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { conflict, invalid, notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import { assertTransition } from "@/lib/server/transitions";
import { appendAgendaEntry } from "./carry-over";
import type { decisionSchema, proposeAgendaItemSchema } from "./schemas";
import { committeeAccess, committeeCan } from "./service";
import { AGENDA_ITEM_TRANSITIONS, OPEN_AGENDA_STATUSES } from "./transitions";

export async function proposeAgendaItem(actor: Actor, input: z.infer<typeof proposeAgendaItemSchema>) {
  return db().$transaction(async (tx) => {
    const { committee } = await committeeAccess(tx, actor, input.committeeId, "agenda.propose");
    if (
      input.proposingSideId &&
      !(await tx.committeeSide.count({ where: { id: input.proposingSideId, committeeId: committee.id } }))
    )
      throw invalid("proposingSideId", "unknown_side");
    if (
      input.technologyAreaId &&
      !(await tx.technologyArea.count({ where: { id: input.technologyAreaId, workspaceId: committee.workspaceId } }))
    )
      throw invalid("technologyAreaId", "unknown_area");
    const item = await tx.agendaItem.create({
      data: {
        committeeId: committee.id,
        title: input.title,
        description: input.description,
        proposingSideId: input.proposingSideId || null,
        technologyAreaId: input.technologyAreaId || null,
        proposedById: actor.id,
      },
    });
    await recordAudit(tx, {
      action: "agenda.propose",
      actor,
      targetType: "agenda_item",
      targetId: item.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { title: item.title },
    });
    return item;
  });
}

export async function setAgendaItemStatus(
  actor: Actor,
  input: { agendaItemId: string; version: number; status: AgendaItemStatus },
) {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "AgendaItem" WHERE id = ${input.agendaItemId} FOR NO KEY UPDATE`;
    const item = await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, committee: committeeWhere(actor) } });
    if (!item) throw notFound("This agenda item");
    const { committee } = await committeeAccess(tx, actor, item.committeeId, "committee.manage");
    if (item.version !== input.version) throw conflict("stale_agenda_item");
    assertTransition(AGENDA_ITEM_TRANSITIONS, item.status, input.status);
    const updated = await tx.agendaItem.update({
      where: { id: item.id },
      data: { status: input.status, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      action: "agenda.status",
      actor,
      targetType: "agenda_item",
      targetId: item.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { from: item.status, to: input.status },
    });
    return updated;
  });
}

/** One action: put an open item on the committee's next planned session, at the end. */
export async function carryOverAgendaItem(actor: Actor, input: { agendaItemId: string }) {
  return db().$transaction(async (tx) => {
    const item = await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, committee: committeeWhere(actor) } });
    if (!item) throw notFound("This agenda item");
    const { committee } = await committeeAccess(tx, actor, item.committeeId, "committee.manage");
    if (!OPEN_AGENDA_STATUSES.includes(item.status)) throw conflict("agenda_item_not_open");
    const next = await tx.session.findFirst({
      where: { committeeId: item.committeeId, status: "PLANNED" },
      orderBy: { startsAt: "asc" },
    });
    if (!next) throw conflict("no_planned_session");
    await tx.$queryRaw`SELECT id FROM "Session" WHERE id = ${next.id} FOR NO KEY UPDATE`;
    if (!(await appendAgendaEntry(tx, next.id, item.id))) throw conflict("already_on_agenda");
    await recordAudit(tx, {
      action: "agenda.schedule",
      actor,
      targetType: "session",
      targetId: next.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { add: item.title, carriedOver: true },
    });
    await recordEvent(tx, {
      kind: "SESSION_AGENDA_CHANGED",
      committeeId: committee.id,
      actorId: actor.id,
      sessionId: next.id,
      payload: { change: "added", item: item.title },
    });
    return { sessionId: next.id, sessionTitle: next.title };
  });
}

/** An item with its history: every session that discussed it and what was decided there. */
export async function getAgendaItem(actor: Actor, agendaItemId: string) {
  const item = await db().agendaItem.findFirst({
    where: { id: agendaItemId, committee: committeeWhere(actor) },
    include: {
      committee: { select: { id: true, name: true, workspaceId: true } },
      proposingSide: { select: { name: true } },
      proposedBy: { select: { name: true } },
      technologyArea: { select: { name: true, translations: true } },
      entries: {
        include: { session: { select: { id: true, title: true, startsAt: true, timeZone: true, status: true } } },
      },
      decisions: {
        include: {
          session: { select: { id: true, title: true, startsAt: true } },
          recordedBy: { select: { name: true } },
        },
      },
      briefs: {
        where: { brief: briefReadableWhere(actor) },
        select: { brief: { select: { id: true, title: true, distribution: true } } },
      },
      followUps: {
        orderBy: { dueDate: "asc" },
        select: { id: true, title: true, status: true, dueDate: true, progress: true },
      },
    },
  });
  if (!item) throw notFound("This agenda item");
  const { role } = await committeeAccess(db(), actor, item.committeeId);
  const history = item.entries
    .map((e) => ({ session: e.session, decision: item.decisions.find((d) => d.sessionId === e.sessionId) ?? null }))
    .sort((a, b) => a.session.startsAt.getTime() - b.session.startsAt.getTime());
  // Where "put on the next session's agenda" would put it (the same choice as carryOverAgendaItem).
  const next = await db().session.findFirst({
    where: { committeeId: item.committeeId, status: "PLANNED" },
    orderBy: { startsAt: "asc" },
    select: { id: true, title: true },
  });
  const nextSession = next && { ...next, onAgenda: item.entries.some((e) => e.sessionId === next.id) };
  return { ...item, role, can: committeeCan(role), history, nextSession };
}

export async function recordDecision(actor: Actor, input: z.infer<typeof decisionSchema>) {
  return db().$transaction(async (tx) => {
    const session = await tx.session.findFirst({ where: { id: input.sessionId, committee: committeeWhere(actor) } });
    if (!session) throw notFound("This session");
    const { committee } = await committeeAccess(tx, actor, session.committeeId, "committee.manage");
    if (session.status === "PLANNED" || session.status === "CANCELLED") throw conflict("session_not_started");
    if (!(await tx.agendaEntry.count({ where: { sessionId: session.id, agendaItemId: input.agendaItemId } })))
      throw invalid("agendaItemId", "not_on_agenda");
    const decision = await tx.decision.upsert({
      where: { sessionId_agendaItemId: { sessionId: session.id, agendaItemId: input.agendaItemId } },
      update: { type: input.type, text: input.text, recordedById: actor.id },
      create: {
        sessionId: session.id,
        agendaItemId: input.agendaItemId,
        type: input.type,
        text: input.text,
        recordedById: actor.id,
      },
    });
    await recordAudit(tx, {
      action: "decision.record",
      actor,
      targetType: "decision",
      targetId: decision.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { type: input.type },
    });
    await recordEvent(tx, {
      kind: "DECISION_RECORDED",
      committeeId: committee.id,
      actorId: actor.id,
      sessionId: session.id,
      agendaItemId: input.agendaItemId,
      payload: { type: input.type },
    });
    return decision;
  });
}

/** Links a brief the actor may read to an agenda item (contributors and managers). */
export async function linkBrief(actor: Actor, input: { agendaItemId: string; briefId: string }) {
  return db().$transaction(async (tx) => {
    const item = await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, committee: committeeWhere(actor) } });
    if (!item) throw notFound("This agenda item");
    const { committee } = await committeeAccess(tx, actor, item.committeeId, "agenda.propose");
    const brief = await tx.brief.findFirst({
      where: { AND: [{ id: input.briefId, status: "PUBLISHED" }, briefReadableWhere(actor)] },
      select: { id: true, title: true },
    });
    if (!brief) throw invalid("briefId", "unknown_brief");
    await tx.agendaItemBrief.createMany({ data: [{ agendaItemId: item.id, briefId: brief.id }], skipDuplicates: true });
    await recordAudit(tx, {
      action: "agenda.status",
      actor,
      targetType: "agenda_item",
      targetId: item.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { linkBrief: brief.title },
    });
  });
}

export async function unlinkBrief(actor: Actor, input: { agendaItemId: string; briefId: string }) {
  return db().$transaction(async (tx) => {
    const item = await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, committee: committeeWhere(actor) } });
    if (!item) throw notFound("This agenda item");
    await committeeAccess(tx, actor, item.committeeId, "agenda.propose");
    await tx.agendaItemBrief.deleteMany({ where: { agendaItemId: item.id, briefId: input.briefId } });
  });
}

/** Published briefs the actor may read, to link to an item (newest first). */
export async function linkableBriefs(actor: Actor, agendaItemId: string) {
  return db().brief.findMany({
    where: { AND: [{ status: "PUBLISHED", agendaItems: { none: { agendaItemId } } }, briefReadableWhere(actor)] },
    select: { id: true, title: true },
    orderBy: { publishedAt: "desc" },
    take: 200,
  });
}
