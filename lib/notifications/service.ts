import "server-only";
import { briefReadableWhere } from "@/lib/briefs/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
// The notification inbox. A notification points at a brief; every read goes through the
// brief visibility rule, so if a brief is narrowed later its notifications vanish with it.
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { db, type Tx } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { keyset, toPage } from "@/lib/server/pagination";
import { workspaceWhere } from "@/lib/server/scope";
import { clock } from "@/lib/time/clock";
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
  if (!readers.length) return 0;
  await tx.notification.createMany({
    data: readers.map((userId) => ({ userId, kind: input.kind, briefId: input.briefId, actorId: input.actorId })),
  });
  return readers.length;
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

/** A notification is shown only while its subject is: a readable brief, or a follow-up of a
 * committee in one of the actor's workspaces. */
export function visibleNotificationsWhere(actor: Actor): Prisma.NotificationWhereInput {
  return {
    userId: actor.id,
    OR: [
      { briefId: null, followUpId: null },
      { brief: briefReadableWhere(actor) },
      { followUp: { committee: { workspace: workspaceWhere(actor) } } },
    ],
  };
}

export async function unreadCount(actor: Actor): Promise<number> {
  return db().notification.count({ where: { ...visibleNotificationsWhere(actor), readAt: null } });
}

export async function listNotifications(actor: Actor, cursor?: string) {
  const page = keyset(cursor, 30);
  const rows = await db().notification.findMany({
    where: { AND: [visibleNotificationsWhere(actor), page.where] },
    include: {
      brief: { select: { id: true, title: true } },
      followUp: { select: { id: true, title: true, dueDate: true } },
      actor: { select: { name: true } },
    },
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
