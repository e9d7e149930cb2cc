import "server-only";
// The notification job: fans each recorded committee event out to inbox rows (and emails, by
// preference). Each event is claimed in a short transaction of its own with
// FOR UPDATE SKIP LOCKED, so several app instances (and the run right after a change) share
// the events without waiting for each other; the unique key (event, person) makes any overlap
// write nothing twice. Only the event row is locked: the follow-up, session or minutes are
// read, never locked, so their writers are not held up while an event fans out.
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/server/db";
import { clock } from "@/lib/time/clock";
import { deliverNotifications } from "./deliver";
import type { EventKind, EventPayload } from "./events";
import { recipientsOf } from "./recipients";

/** Fans one event out (whether or not it was done before); returns the inbox rows written. */
export async function fanOutEvent(tx: Tx, eventId: string, now = clock.now()): Promise<number> {
  const event = await tx.notificationEvent.findUnique({
    where: { id: eventId },
    include: { committee: { select: { workspaceId: true } } },
  });
  if (!event) return 0;
  const told = await recipientsOf(tx, {
    kind: event.kind as EventKind,
    actorId: event.actorId,
    committeeId: event.committeeId,
    workspaceId: event.committee.workspaceId,
    followUpId: event.followUpId,
    agendaItemId: event.agendaItemId,
    payload: (event.payload ?? {}) as EventPayload,
  });
  const written = await deliverNotifications(
    tx,
    [...told].map(([userId, kind]: [string, NotificationKind]) => ({
      userId,
      kind,
      eventId: event.id,
      actorId: event.actorId,
      committeeId: event.committeeId,
      followUpId: event.followUpId,
      sessionId: event.sessionId,
      agendaItemId: event.agendaItemId,
      minutesId: event.minutesId,
    })),
    now,
  );
  await tx.notificationEvent.update({ where: { id: event.id }, data: { fannedOutAt: now } });
  return written;
}

/** Fans out every event not yet done, one transaction each; returns how many and the rows written. */
export async function fanOutPending(max = 1000): Promise<{ events: number; notifications: number }> {
  const result = { events: 0, notifications: 0 };
  while (result.events < max) {
    const written = await db().$transaction(
      async (tx) => {
        const [next] = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "NotificationEvent" WHERE "fannedOutAt" IS NULL
          ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`;
        return next ? fanOutEvent(tx, next.id) : null;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    if (written === null) break;
    result.events++;
    result.notifications += written;
  }
  return result;
}
