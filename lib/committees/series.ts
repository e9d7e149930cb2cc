import "server-only";
// Session series (issue 12, item 3): a committee's cadence and agenda template, "plan the next
// session" from a held one, and which committees' next session is due and not yet planned
// (the home page and the chaser). Members read; managers change. Dates: ./series-dates.ts.
import { copyDelegations } from "@/lib/delegations/service";
import { recordEvent } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { conflict, notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import { clock } from "@/lib/time/clock";
import { minutesBetween, utcToZonedInput, zonedToUtc } from "@/lib/time/zones";
import { appendAgendaEntry, openAgendaItems } from "./carry-over";
import { bumpOrdinal, proposedStart } from "./series-dates";
import { dueSessions } from "./series-due";
import type { CadenceInput, PlanNextSessionInput } from "./series-schemas";
import { committeeAccess, committeeCan } from "./service";
import { OPEN_AGENDA_STATUSES } from "./transitions";

// ---------------------------------------------------------------------------------------------
// Reading: the committee page's series card.

/** The committee's cadence, template and due date, for any member (managers get the forms). */
export async function getSeries(actor: Actor, committeeId: string) {
  const tx = db();
  const { committee, role } = await committeeAccess(tx, actor, committeeId);
  const row = await tx.committee.findUniqueOrThrow({
    where: { id: committee.id },
    select: {
      cadence: true,
      seriesVersion: true,
      standingItems: { orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  const [due] = await dueSessions(tx, { id: committee.id }, clock.now());
  return { ...row, committeeId: committee.id, can: committeeCan(role), due: due ?? null };
}

// ---------------------------------------------------------------------------------------------
// Writing: cadence and agenda template (managers).

async function lockCommittee(tx: Tx, actor: Actor, committeeId: string) {
  const { committee } = await committeeAccess(tx, actor, committeeId, "committee.manage");
  await tx.$queryRaw`SELECT id FROM "Committee" WHERE id = ${committee.id} FOR NO KEY UPDATE`;
  return committee;
}

const audit = (tx: Tx, actor: Actor, committee: { id: string; workspaceId: string }, metadata: object) =>
  recordAudit(tx, {
    action: "committee.update",
    actor,
    targetType: "committee",
    targetId: committee.id,
    workspaceId: committee.workspaceId,
    institutionId: actor.institutionId,
    metadata: { series: metadata },
  });

export async function updateCadence(actor: Actor, input: CadenceInput) {
  return db().$transaction(async (tx) => {
    const committee = await lockCommittee(tx, actor, input.committeeId);
    const before = await tx.committee.findUniqueOrThrow({
      where: { id: committee.id },
      select: { cadence: true, seriesVersion: true },
    });
    if (before.seriesVersion !== input.seriesVersion) throw conflict("stale_series", { cadence: before.cadence });
    const updated = await tx.committee.update({
      where: { id: committee.id },
      data: { cadence: input.cadence, seriesVersion: { increment: 1 } },
      select: { cadence: true, seriesVersion: true },
    });
    await audit(tx, actor, committee, { cadence: { from: before.cadence, to: input.cadence } });
    return updated;
  });
}

/** An agenda template is a handful of items; the card lists them all. */
export const MAX_STANDING_ITEMS = 30;

type StandingFields = { title: string; description: string; durationMinutes: number; closing: boolean };

export async function addStandingItem(actor: Actor, input: { committeeId: string } & StandingFields) {
  return db().$transaction(async (tx) => {
    const committee = await lockCommittee(tx, actor, input.committeeId);
    if ((await tx.committeeStandingItem.count({ where: { committeeId: committee.id } })) >= MAX_STANDING_ITEMS)
      throw conflict(`too_many_standing_items:${MAX_STANDING_ITEMS}`);
    const last = await tx.committeeStandingItem.aggregate({
      where: { committeeId: committee.id },
      _max: { position: true },
    });
    const item = await tx.committeeStandingItem.create({
      data: {
        committeeId: committee.id,
        title: input.title,
        description: input.description,
        durationMinutes: input.durationMinutes,
        closing: input.closing,
        position: (last._max.position ?? -1) + 1,
      },
    });
    await audit(tx, actor, committee, { addStandingItem: item.title });
    return { id: item.id };
  });
}

async function standingItemOf(tx: Tx, committeeId: string, standingItemId: string) {
  const item = await tx.committeeStandingItem.findFirst({ where: { id: standingItemId, committeeId } });
  if (!item) throw notFound("This standing item");
  return item;
}

export async function updateStandingItem(
  actor: Actor,
  input: { committeeId: string; standingItemId: string; version: number } & StandingFields,
) {
  return db().$transaction(async (tx) => {
    const committee = await lockCommittee(tx, actor, input.committeeId);
    const item = await standingItemOf(tx, committee.id, input.standingItemId);
    if (item.version !== input.version) throw conflict("stale_standing_item");
    await tx.committeeStandingItem.update({
      where: { id: item.id },
      data: {
        title: input.title,
        description: input.description,
        durationMinutes: input.durationMinutes,
        closing: input.closing,
        version: { increment: 1 },
      },
    });
    await audit(tx, actor, committee, { updateStandingItem: { from: item.title, to: input.title } });
    return null;
  });
}

export async function moveStandingItem(
  actor: Actor,
  input: { committeeId: string; standingItemId: string; direction: "up" | "down" },
) {
  return db().$transaction(async (tx) => {
    const committee = await lockCommittee(tx, actor, input.committeeId);
    const items = await tx.committeeStandingItem.findMany({
      where: { committeeId: committee.id },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, title: true },
    });
    const ids = items.map((i) => i.id);
    const at = ids.indexOf(input.standingItemId);
    if (at < 0) throw notFound("This standing item");
    const to = input.direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= ids.length) return null;
    [ids[at], ids[to]] = [ids[to], ids[at]];
    for (const [position, id] of ids.entries())
      await tx.committeeStandingItem.update({ where: { id }, data: { position } });
    await audit(tx, actor, committee, { moveStandingItem: items[at].title, direction: input.direction });
    return null;
  });
}

/** Removes an item from the template; the agenda item made from it (and its history) stays. */
export async function removeStandingItem(
  actor: Actor,
  input: { committeeId: string; standingItemId: string; version: number },
) {
  return db().$transaction(async (tx) => {
    const committee = await lockCommittee(tx, actor, input.committeeId);
    const item = await standingItemOf(tx, committee.id, input.standingItemId);
    if (item.version !== input.version) throw conflict("stale_standing_item");
    // Its agenda item stays with its history, concluded so that it is not carried over again.
    const made = await tx.agendaItem.findFirst({
      where: { standingItemId: item.id },
      select: { id: true, status: true },
    });
    if (made && OPEN_AGENDA_STATUSES.includes(made.status))
      await tx.agendaItem.update({ where: { id: made.id }, data: { status: "CONCLUDED", version: { increment: 1 } } });
    await tx.committeeStandingItem.delete({ where: { id: item.id } });
    await audit(tx, actor, committee, { removeStandingItem: item.title });
    return null;
  });
}

// ---------------------------------------------------------------------------------------------
// "Plan the next session" from a held one.

/** A held session the actor manages, and the PLANNED session after it if there is one. */
async function heldSessionOf(tx: Tx, actor: Actor, heldSessionId: string) {
  const held = await tx.session.findFirst({
    where: { id: heldSessionId, committee: committeeWhere(actor) },
    include: { committee: { select: { id: true, name: true, cadence: true } } },
  });
  if (!held) throw notFound("This session");
  const { committee } = await committeeAccess(tx, actor, held.committeeId, "committee.manage");
  const planned = await tx.session.findFirst({
    where: { committeeId: held.committeeId, status: "PLANNED", startsAt: { gt: held.startsAt } },
    orderBy: { startsAt: "asc" },
    select: { id: true, title: true, startsAt: true },
  });
  return { held, committee, planned };
}

/**
 * What the plan form proposes: the due date (or the held start + the cadence; a year without
 * one) at the same local time in the same zone, the same duration, place and online link, the
 * title with its ordinal bumped. `planned`: the session already planned after it (the form is
 * then refused, with a link to it). Managers only (404 outside the workspace).
 */
export async function planNextDraft(actor: Actor, heldSessionId: string) {
  const tx = db();
  const { held, planned } = await heldSessionOf(tx, actor, heldSessionId);
  const startsAt = proposedStart(held.startsAt, held.committee.cadence, held.timeZone);
  const endsAt = new Date(startsAt.getTime() + (held.endsAt.getTime() - held.startsAt.getTime()));
  const [standing, open, delegates] = await Promise.all([
    tx.committeeStandingItem.findMany({
      where: { committeeId: held.committeeId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, title: true, closing: true, durationMinutes: true },
    }),
    openAgendaItems(tx, held.committeeId),
    tx.delegationMember.count({ where: { sessionId: held.id } }),
  ]);
  return {
    held: {
      id: held.id,
      title: held.title,
      status: held.status,
      startsAt: held.startsAt,
      committeeId: held.committeeId,
      committeeName: held.committee.name,
      cadence: held.committee.cadence,
    },
    planned,
    proposal: {
      title: bumpOrdinal(held.title),
      startsAt: utcToZonedInput(startsAt, held.timeZone),
      endsAt: utcToZonedInput(endsAt, held.timeZone),
      timeZone: held.timeZone,
      place: held.place,
      onlineUrl: held.onlineUrl,
      durationMinutes: minutesBetween(held.startsAt, held.endsAt),
    },
    standing,
    carried: open.filter((i) => !i.standingItemId),
    /** People on the held session's delegations (copied, invited afresh). */
    delegates,
  };
}

/**
 * Plans the next session from a held one, in one transaction: the session; its agenda = the
 * template's opening standing items, the held session's entries whose items are still open
 * (durations and presenters kept), the rest of the open backlog, then the closing standing
 * items. Each standing item is an agenda item of the committee made once (ADOPTED, marked with
 * `standingItemId`) and reused by every later plan. Refused when the held session is not held
 * or a PLANNED session already follows it (`details.sessionId`: that session).
 */
export async function planNextSession(actor: Actor, input: PlanNextSessionInput) {
  return db().$transaction(async (tx) => {
    // One plan at a time per committee: the committee row is the lock.
    const first = await tx.session.findFirst({
      where: { id: input.heldSessionId, committee: committeeWhere(actor) },
      select: { committeeId: true },
    });
    if (!first) throw notFound("This session");
    await committeeAccess(tx, actor, first.committeeId, "committee.manage");
    await tx.$queryRaw`SELECT id FROM "Committee" WHERE id = ${first.committeeId} FOR NO KEY UPDATE`;
    const { held, committee, planned } = await heldSessionOf(tx, actor, input.heldSessionId);
    if (held.status !== "HELD") throw conflict("session_not_held");
    if (planned) throw conflict("next_session_planned", { sessionId: planned.id, title: planned.title });

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

    // The agenda template: each standing item's agenda item, made once per committee.
    const standing = await tx.committeeStandingItem.findMany({
      where: { committeeId: committee.id },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      include: { agendaItems: { select: { id: true, status: true } } },
    });
    const standingItemIds = new Map<string, string>();
    for (const s of standing) {
      const existing = s.agendaItems[0];
      if (existing) {
        // A standing item is never concluded for good: reopened for the next session.
        if (!OPEN_AGENDA_STATUSES.includes(existing.status))
          await tx.agendaItem.update({
            where: { id: existing.id },
            data: { status: "ADOPTED", version: { increment: 1 } },
          });
        standingItemIds.set(s.id, existing.id);
      } else {
        const made = await tx.agendaItem.create({
          data: {
            committeeId: committee.id,
            title: s.title,
            description: s.description,
            status: "ADOPTED",
            proposedById: actor.id,
            standingItemId: s.id,
          },
        });
        standingItemIds.set(s.id, made.id);
      }
    }
    const standingEntry = (s: (typeof standing)[number]) => ({
      id: standingItemIds.get(s.id)!,
      durationMinutes: s.durationMinutes,
      presenter: "",
    });
    const standingAgendaIds = new Set(standingItemIds.values());

    // The held session's entries whose items are still open, in their order, then the rest
    // of the backlog (the carry-over, ./carry-over.ts).
    const heldEntries = await tx.agendaEntry.findMany({
      where: { sessionId: held.id, agendaItem: { status: { in: [...OPEN_AGENDA_STATUSES] } } },
      orderBy: { position: "asc" },
      select: { agendaItemId: true, durationMinutes: true, presenter: true },
    });
    const carried = [
      ...heldEntries.map((e) => ({ id: e.agendaItemId, durationMinutes: e.durationMinutes, presenter: e.presenter })),
      ...(await openAgendaItems(tx, committee.id)).map((i) => ({ id: i.id, durationMinutes: 0, presenter: "" })),
    ].filter((e) => !standingAgendaIds.has(e.id));

    const agenda = [
      ...standing.filter((s) => !s.closing).map(standingEntry),
      ...carried,
      ...standing.filter((s) => s.closing).map(standingEntry),
    ];
    let added = 0;
    for (const entry of agenda)
      if (
        await appendAgendaEntry(tx, session.id, entry.id, {
          durationMinutes: entry.durationMinutes,
          presenter: entry.presenter,
        })
      )
        added++;

    // Who attends carries over too: each side's delegation, everyone invited afresh.
    const delegates = await copyDelegations(tx, {
      fromSessionId: held.id,
      toSessionId: session.id,
      workspaceId: committee.workspaceId,
      committeeId: committee.id,
      actorId: actor.id,
    });

    await recordAudit(tx, {
      action: "session.create",
      actor,
      targetType: "session",
      targetId: session.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { title: session.title, plannedFrom: held.id, agendaEntries: added, delegates },
    });
    await recordEvent(tx, {
      kind: "SESSION_PLANNED",
      committeeId: committee.id,
      actorId: actor.id,
      sessionId: session.id,
      payload: { sequence: session.version - 1 },
    });
    return { id: session.id, href: `/sessions/${session.id}` };
  });
}
