import "server-only";
// The notification module's door for other domains: recording committee events (fanned out by
// the job in ./fanout.ts), writing inbox rows (./deliver.ts applies each person's channels),
// and the inbox itself. Every read goes through the subject's visibility (a brief's rule, a
// committee's workspace), so a notification vanishes with its reader's access.
import { briefReadableWhere } from "@/lib/briefs/visibility";
import { queueEmail } from "@/lib/email/service";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { db, type Tx } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { keyset, toPage } from "@/lib/server/pagination";
import { workspaceWhere } from "@/lib/server/scope";
import { clock, DAY_MS } from "@/lib/time/clock";
import { deliverNotifications } from "./deliver";
import { NOTIFICATION_INCLUDE } from "./describe";
import { type OpenFollowUp, type Recipient, weeklyFollowUpsEmail } from "./email";
import { AGENDA_CHANGE_WINDOW_DAYS, type CommitteeEventInput, type EventKind, type EventPayload } from "./events";
import { requestFanOut } from "./kick";
import { channelsFor } from "./preferences";

// Other domains' emails (invitations, password resets) use the same translator.
export { translatorFor } from "./email";
// Other domains write inbox rows only through this (reminders); it applies the preferences.
export { deliverNotifications };

/** Monday's summary of open follow-ups, queued unless the person's reminders skip email. */
export async function queueWeeklyFollowUps(tx: Tx, to: Recipient, items: OpenFollowUp[], today: Date) {
  const channel = (await channelsFor(tx, [to.id]))(to.id, "REMINDERS");
  if (channel !== "EMAIL" && channel !== "DIGEST") return false;
  await queueEmail(tx, weeklyFollowUpsEmail(to, items, today));
  return true;
}

import { watchersOf } from "@/lib/watches/service";

/** Readers of a brief among `userIds` (active users only): who may be told about it. */
export async function readersAmong(tx: Tx, briefId: string, userIds: string[]): Promise<string[]> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return [];
  const users = await tx.user.findMany({ where: { id: { in: unique }, status: "ACTIVE" } });
  const readers: string[] = [];
  for (const user of users) {
    const actor: Actor = { ...user, ip: null };
    if (await tx.brief.count({ where: { AND: [{ id: briefId }, briefReadableWhere(actor)] } })) readers.push(user.id);
  }
  return readers;
}

/** Notifies those of `userIds` who may read the brief (never the actor themself). */
export async function notifyReaders(
  tx: Tx,
  input: { briefId: string; kind: NotificationKind; actorId: string; userIds: string[] },
) {
  const readers = await readersAmong(
    tx,
    input.briefId,
    input.userIds.filter((id) => id !== input.actorId),
  );
  return deliverNotifications(
    tx,
    readers.map((userId) => ({ userId, kind: input.kind, briefId: input.briefId, actorId: input.actorId })),
  );
}

/** Tells the watchers of a brief (its countries, areas, or itself) who may read it. */
export async function notifyWatchers(
  tx: Tx,
  briefId: string,
  kind: "BRIEF_PUBLISHED" | "BRIEF_REVISED",
  actorId: string,
) {
  const brief = await tx.brief.findUniqueOrThrow({
    where: { id: briefId },
    include: { countries: true, areas: { include: { area: { select: { key: true } } } } },
  });
  const userIds = await watchersOf(tx, {
    id: brief.id,
    countryCodes: brief.countries.map((c) => c.countryCode),
    areaKeys: brief.areas.map((a) => a.area.key),
  });
  return notifyReaders(tx, { briefId, kind, actorId, userIds });
}

/** A notification is shown only while its subject is: a readable brief, or a committee (or a
 * follow-up of one) in one of the actor's workspaces. */
export function visibleNotificationsWhere(actor: Actor): Prisma.NotificationWhereInput {
  return {
    userId: actor.id,
    OR: [
      { briefId: null, followUpId: null, committeeId: null },
      { brief: briefReadableWhere(actor) },
      { committeeId: null, followUp: { committee: { workspace: workspaceWhere(actor) } } },
      { committee: { workspace: workspaceWhere(actor) } },
    ],
  };
}

/**
 * Records a committee event in the transaction of the change (an outbox row); the notification
 * job fans it out (lib/notifications/fanout.ts). Returns null when there is nothing to tell: a
 * status set to itself, no one added or removed, a session "moved" to where it was, an agenda
 * change more than
 * AGENDA_CHANGE_WINDOW_DAYS before the session. A move to BLOCKED is recorded as FOLLOWUP_BLOCKED.
 * An event with a `dedupeKey` (chasers, nudges) already recorded under that key is not recorded
 * again (null): the unique key decides between concurrent transactions, not a prior read.
 */
export async function recordEvent(tx: Tx, input: CommitteeEventInput): Promise<string | null> {
  const payload: EventPayload = ("payload" in input ? input.payload : undefined) ?? {};
  let kind: EventKind = input.kind;
  if (kind === "FOLLOWUP_STATUS_CHANGED" && payload.from === payload.to) return null;
  if ((kind === "FOLLOWUP_STATUS_CHANGED" || kind === "FOLLOWUP_PROGRESS") && payload.to === "BLOCKED") {
    if (payload.from !== "BLOCKED") kind = "FOLLOWUP_BLOCKED";
  }
  if ((kind === "FOLLOWUP_REASSIGNED" || kind === "FOLLOWUP_LEAD_CHANGED") && !payload.added?.length) {
    if (!payload.removed?.length) return null;
  }
  if (kind === "FOLLOWUP_DUE_MOVED" && payload.from === payload.to) return null;
  if (kind === "SESSION_MOVED" && JSON.stringify(payload.from) === JSON.stringify(payload.to)) return null;
  const now = clock.now();
  if (kind === "SESSION_AGENDA_CHANGED" && "sessionId" in input) {
    const session = await tx.session.findUnique({
      where: { id: input.sessionId },
      select: { startsAt: true, status: true },
    });
    const ahead = (session?.startsAt.getTime() ?? 0) - now.getTime();
    if (session?.status !== "PLANNED" || ahead < 0 || ahead > AGENDA_CHANGE_WINDOW_DAYS * DAY_MS) return null;
  }
  const data = {
    kind,
    actorId: input.actorId,
    committeeId: input.committeeId,
    followUpId: "followUpId" in input ? input.followUpId : null,
    sessionId: "sessionId" in input ? input.sessionId : null,
    agendaItemId: "agendaItemId" in input ? input.agendaItemId : null,
    minutesId: "minutesId" in input ? input.minutesId : null,
    payload: payload as Prisma.InputJsonObject,
    dedupeKey: "dedupeKey" in input ? input.dedupeKey : null,
    createdAt: now,
  };
  const [event] = await tx.notificationEvent.createManyAndReturn({
    data: [data],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!event) return null;
  requestFanOut();
  return event.id;
}

export async function unreadCount(actor: Actor): Promise<number> {
  return db().notification.count({ where: { ...visibleNotificationsWhere(actor), readAt: null } });
}

export async function listNotifications(actor: Actor, cursor?: string) {
  const page = keyset(cursor, 30);
  const rows = await db().notification.findMany({
    where: { AND: [visibleNotificationsWhere(actor), page.where] },
    include: NOTIFICATION_INCLUDE,
    orderBy: page.orderBy,
    take: page.take,
  });
  return toPage(rows, 30);
}

export async function markNotificationRead(actor: Actor, input: { notificationId: string }) {
  const { count } = await db().notification.updateMany({
    where: { id: input.notificationId, ...visibleNotificationsWhere(actor), readAt: null },
    data: { readAt: clock.now() },
  });
  if (
    !count &&
    !(await db().notification.count({ where: { id: input.notificationId, ...visibleNotificationsWhere(actor) } }))
  ) {
    throw notFound("This notification");
  }
}

export async function markAllNotificationsRead(actor: Actor) {
  const { count } = await db().notification.updateMany({
    where: { ...visibleNotificationsWhere(actor), readAt: null },
    data: { readAt: clock.now() },
  });
  return count;
}
