import "server-only";
// Sessions of a committee and their agendas. Members read; managers plan and run them.
import type { z } from "zod";
import type { Session } from "@/lib/generated/prisma/client";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import { recordEvent } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { conflict, invalid, notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import { assertTransition } from "@/lib/server/transitions";
import { SIDE_COUNTRIES_SELECT } from "@/lib/time/home-times";
import { zonedToUtc } from "@/lib/time/zones";
import type { agendaEntrySchema, rescheduleSessionSchema, sessionSchema } from "./schemas";
import { committeeAccess, committeeCan } from "./service";
import { addReportItemsToSession } from "./subcommittee-rules";
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
    await addReportItemsToSession(tx, committee.id, session.id); // sub-committees report back (issue 12, item 4)
    await recordAudit(tx, {
      action: "session.create",
      actor,
      targetType: "session",
      targetId: session.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { title: session.title },
    });
    await recordEvent(tx, {
      kind: "SESSION_PLANNED",
      committeeId: committee.id,
      actorId: actor.id,
      sessionId: session.id,
      payload: { sequence: calendarSequence(session) },
    });
    return session;
  });
}

/** A session the actor may see, with its agenda, decisions and the committee's backlog. */
export async function getSession(actor: Actor, sessionId: string) {
  const session = await db().session.findFirst({
    where: { id: sessionId, committee: committeeWhere(actor) },
    include: {
      committee: {
        include: {
          sides: { orderBy: { position: "asc" }, select: { id: true, name: true, ...SIDE_COUNTRIES_SELECT } },
        },
      },
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

/** The agenda of a held or cancelled session is closed. */
function assertAgendaOpen(session: { status: SessionStatus }) {
  if (session.status === "HELD") throw conflict("session_held");
  if (session.status === "CANCELLED") throw conflict("session_cancelled");
}

const timeOf = (s: Session) => ({
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  timeZone: s.timeZone,
  place: s.place,
});

/** The invitation's SEQUENCE: `version` rises with every change of time, place or status. */
const calendarSequence = (s: Session) => s.version - 1;

// NO KEY UPDATE: excludes other writers but not the key-share locks of rows that reference the
// session (e.g. notifications being written for it), so fanning out never waits for a writer.
async function lockSession(tx: Tx, actor: Actor, sessionId: string) {
  await tx.$queryRaw`SELECT id FROM "Session" WHERE id = ${sessionId} FOR NO KEY UPDATE`;
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
    if (input.status === "CANCELLED")
      await recordEvent(tx, {
        kind: "SESSION_CANCELLED",
        committeeId: committee.id,
        actorId: actor.id,
        sessionId: session.id,
        payload: { sequence: calendarSequence(updated) },
      });
    return updated;
  });
}

/** Moves a planned session (time, zone, place) or renames it; participants hear of a move. */
export async function rescheduleSession(actor: Actor, input: z.infer<typeof rescheduleSessionSchema>) {
  return db().$transaction(async (tx) => {
    const { session, committee } = await lockSession(tx, actor, input.sessionId);
    if (session.version !== input.version) throw conflict("stale_session");
    if (session.status !== "PLANNED") throw conflict("session_not_planned");
    const updated = await tx.session.update({
      where: { id: session.id },
      data: {
        title: input.title,
        startsAt: zonedToUtc(input.startsAt, input.timeZone),
        endsAt: zonedToUtc(input.endsAt, input.timeZone),
        timeZone: input.timeZone,
        place: input.place,
        onlineUrl: input.onlineUrl,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      action: "session.update",
      actor,
      targetType: "session",
      targetId: session.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { from: timeOf(session), to: timeOf(updated) },
    });
    await recordEvent(tx, {
      kind: "SESSION_MOVED",
      committeeId: committee.id,
      actorId: actor.id,
      sessionId: session.id,
      payload: { from: timeOf(session), to: timeOf(updated), sequence: calendarSequence(updated) },
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
    assertAgendaOpen(session);
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
    await recordEvent(tx, {
      kind: "SESSION_AGENDA_CHANGED",
      committeeId: committee.id,
      actorId: actor.id,
      sessionId: session.id,
      payload: { change: "added", item: item.title },
    });
    return entry;
  });
}

export async function updateAgendaEntry(
  actor: Actor,
  input: { sessionId: string; entryId: string; durationMinutes: number; presenter: string },
) {
  return db().$transaction(async (tx) => {
    const { session, committee } = await lockSession(tx, actor, input.sessionId);
    assertAgendaOpen(session);
    const entry = await tx.agendaEntry.findFirst({
      where: { id: input.entryId, sessionId: session.id },
      include: { agendaItem: { select: { title: true } } },
    });
    if (!entry) throw notFound("This agenda entry");
    await tx.agendaEntry.update({
      where: { id: entry.id },
      data: { durationMinutes: input.durationMinutes, presenter: input.presenter },
    });
    if (entry.durationMinutes !== input.durationMinutes || entry.presenter !== input.presenter)
      await recordEvent(tx, {
        kind: "SESSION_AGENDA_CHANGED",
        committeeId: committee.id,
        actorId: actor.id,
        sessionId: session.id,
        payload: { change: "changed", item: entry.agendaItem.title },
      });
  });
}

export async function moveAgendaEntry(
  actor: Actor,
  input: { sessionId: string; entryId: string; direction: "up" | "down" },
) {
  return db().$transaction(async (tx) => {
    const { session, committee } = await lockSession(tx, actor, input.sessionId);
    assertAgendaOpen(session);
    const entries = await tx.agendaEntry.findMany({
      where: { sessionId: session.id },
      orderBy: { position: "asc" },
      select: { id: true, agendaItem: { select: { title: true } } },
    });
    const ids = entries.map((e) => e.id);
    const at = ids.indexOf(input.entryId);
    if (at < 0) throw notFound("This agenda entry");
    const to = input.direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to], ids[at]];
    await renumber(tx, session.id, ids);
    await recordEvent(tx, {
      kind: "SESSION_AGENDA_CHANGED",
      committeeId: committee.id,
      actorId: actor.id,
      sessionId: session.id,
      payload: { change: "reordered", item: entries[at].agendaItem.title },
    });
  });
}

export async function removeAgendaEntry(actor: Actor, input: { sessionId: string; entryId: string }) {
  return db().$transaction(async (tx) => {
    const { session, committee } = await lockSession(tx, actor, input.sessionId);
    assertAgendaOpen(session);
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
    await recordEvent(tx, {
      kind: "SESSION_AGENDA_CHANGED",
      committeeId: committee.id,
      actorId: actor.id,
      sessionId: session.id,
      payload: { change: "removed", item: entry.agendaItem.title },
    });
  });
}
