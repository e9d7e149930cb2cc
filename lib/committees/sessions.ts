import "server-only";
// Sessions of a committee and their agendas. Members read; managers plan and run them.
import type { z } from "zod";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { conflict, invalid, notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import { assertTransition } from "@/lib/server/transitions";
import { zonedToUtc } from "@/lib/time/zones";
import type { agendaEntrySchema, sessionSchema } from "./schemas";
import { committeeAccess, committeeCan } from "./service";
import { OPEN_AGENDA_STATUSES, SESSION_TRANSITIONS } from "./transitions";

type SessionInput = z.infer<typeof sessionSchema>;

export async function createSession(actor: Actor, input: SessionInput) {
  return db().$transaction(async (tx) => {
    const { committee } = await committeeAccess(tx, actor, input.committeeId, "committee.manage");
    const session = await tx.session.create({
      data: {
        committeeId: committee.id,
        title: input.title,
        startsAt: zonedToUtc(input.startsAt, input.timeZone),
        endsAt: zonedToUtc(input.endsAt, input.timeZone),
        timeZone: input.timeZone,
        place: input.place,
        onlineUrl: input.onlineUrl,
      },
    });
    await recordAudit(tx, {
      action: "session.create",
      actor,
      targetType: "session",
      targetId: session.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { title: session.title },
    });
    return session;
  });
}

/** A session the actor may see, with its agenda, decisions and the committee's backlog. */
export async function getSession(actor: Actor, sessionId: string) {
  const session = await db().session.findFirst({
    where: { id: sessionId, committee: committeeWhere(actor) },
    include: {
      committee: { include: { sides: { orderBy: { position: "asc" }, select: { id: true, name: true } } } },
      entries: {
        orderBy: { position: "asc" },
        include: { agendaItem: { select: { id: true, title: true, status: true } } },
      },
      decisions: { include: { recordedBy: { select: { name: true } } } },
    },
  });
  if (!session) throw notFound("This session");
  const { role } = await committeeAccess(db(), actor, session.committeeId);
  const scheduled = new Set(session.entries.map((e) => e.agendaItemId));
  const backlog = await db().agendaItem.findMany({
    where: { committeeId: session.committeeId, status: { in: [...OPEN_AGENDA_STATUSES] } },
    orderBy: { id: "asc" },
    select: { id: true, title: true, status: true },
  });
  return { ...session, role, can: committeeCan(role), backlog: backlog.filter((i) => !scheduled.has(i.id)) };
}

async function lockSession(tx: Tx, actor: Actor, sessionId: string) {
  await tx.$queryRaw`SELECT id FROM "Session" WHERE id = ${sessionId} FOR UPDATE`;
  const session = await tx.session.findFirst({ where: { id: sessionId, committee: committeeWhere(actor) } });
  if (!session) throw notFound("This session");
  const { committee } = await committeeAccess(tx, actor, session.committeeId, "committee.manage");
  return { session, committee };
}

export async function setSessionStatus(
  actor: Actor,
  input: { sessionId: string; version: number; status: SessionStatus },
) {
  return db().$transaction(async (tx) => {
    const { session, committee } = await lockSession(tx, actor, input.sessionId);
    if (session.version !== input.version) throw conflict("stale_session");
    assertTransition(SESSION_TRANSITIONS, session.status, input.status);
    const updated = await tx.session.update({
      where: { id: session.id },
      data: { status: input.status, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      action: "session.status",
      actor,
      targetType: "session",
      targetId: session.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { from: session.status, to: input.status },
    });
    return updated;
  });
}

async function renumber(tx: Tx, _sessionId: string, orderedIds: string[]) {
  // Positions are only an order (no unique constraint), so rewriting them in place is safe.
  for (const [position, id] of orderedIds.entries()) await tx.agendaEntry.update({ where: { id }, data: { position } });
}

/** Puts an agenda item of the committee's backlog on the session's agenda (at the end). */
export async function addAgendaEntry(actor: Actor, input: z.infer<typeof agendaEntrySchema>) {
  return db().$transaction(async (tx) => {
    const { session, committee } = await lockSession(tx, actor, input.sessionId);
    if (session.status === "HELD") throw conflict("session_held");
    const item = await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, committeeId: session.committeeId } });
    if (!item) throw invalid("agendaItemId", "unknown_agenda_item");
    if (!OPEN_AGENDA_STATUSES.includes(item.status)) throw invalid("agendaItemId", "agenda_item_not_open");
    if (await tx.agendaEntry.count({ where: { sessionId: session.id, agendaItemId: item.id } }))
      throw invalid("agendaItemId", "already_on_agenda");
    const last = await tx.agendaEntry.aggregate({ where: { sessionId: session.id }, _max: { position: true } });
    const entry = await tx.agendaEntry.create({
      data: {
        sessionId: session.id,
        agendaItemId: item.id,
        position: (last._max.position ?? -1) + 1,
        durationMinutes: input.durationMinutes,
        presenter: input.presenter,
      },
    });
    await recordAudit(tx, {
      action: "agenda.schedule",
      actor,
      targetType: "session",
      targetId: session.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { add: item.title },
    });
    return entry;
  });
}

export async function updateAgendaEntry(
  actor: Actor,
  input: { sessionId: string; entryId: string; durationMinutes: number; presenter: string },
) {
  return db().$transaction(async (tx) => {
    const { session } = await lockSession(tx, actor, input.sessionId);
    if (session.status === "HELD") throw conflict("session_held");
    const { count } = await tx.agendaEntry.updateMany({
      where: { id: input.entryId, sessionId: session.id },
      data: { durationMinutes: input.durationMinutes, presenter: input.presenter },
    });
    if (!count) throw notFound("This agenda entry");
  });
}

export async function moveAgendaEntry(
  actor: Actor,
  input: { sessionId: string; entryId: string; direction: "up" | "down" },
) {
  return db().$transaction(async (tx) => {
    const { session } = await lockSession(tx, actor, input.sessionId);
    const entries = await tx.agendaEntry.findMany({
      where: { sessionId: session.id },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const ids = entries.map((e) => e.id);
    const at = ids.indexOf(input.entryId);
    if (at < 0) throw notFound("This agenda entry");
    const to = input.direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to], ids[at]];
    await renumber(tx, session.id, ids);
  });
}

export async function removeAgendaEntry(actor: Actor, input: { sessionId: string; entryId: string }) {
  return db().$transaction(async (tx) => {
    const { session, committee } = await lockSession(tx, actor, input.sessionId);
    if (session.status === "HELD") throw conflict("session_held");
    const entry = await tx.agendaEntry.findFirst({
      where: { id: input.entryId, sessionId: session.id },
      include: { agendaItem: { select: { id: true, title: true } } },
    });
    if (!entry) throw notFound("This agenda entry");
    if (await tx.decision.count({ where: { sessionId: session.id, agendaItemId: entry.agendaItemId } }))
      throw conflict("entry_has_decision");
    await tx.agendaEntry.delete({ where: { id: entry.id } });
    await recordAudit(tx, {
      action: "agenda.schedule",
      actor,
      targetType: "session",
      targetId: session.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { remove: entry.agendaItem.title },
    });
  });
}
