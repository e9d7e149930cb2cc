import "server-only";
// The daily digest: one email per person with their notifications not yet digested, of the
// topics they send to the digest (checked now, so a change of mind counts), and only about
// what they may still read. Runs under a job lock; rows are marked digested in the same
// transaction, so a rerun never mails the same item twice.
import { queueEmails } from "@/lib/email/outbox";
import { visibleNotificationsWhere } from "@/lib/notifications/service";
import type { Tx } from "@/lib/server/db";
import { loadActiveActor } from "@/lib/server/load-actor";
import { clock } from "@/lib/time/clock";
import { NOTIFICATION_INCLUDE } from "./describe";
import { digestEmail } from "./email";
import { channelsFor } from "./preferences";
import { TOPIC_OF_KIND } from "./topics";

const MAX_ITEMS = 200;

export async function sendDailyDigests(tx: Tx, now = clock.now()): Promise<number> {
  const pending = await tx.notification.groupBy({
    by: ["userId"],
    where: { digestedAt: null, createdAt: { lte: now } },
  });
  const channelOf = await channelsFor(
    tx,
    pending.map((p) => p.userId),
  );
  let sent = 0;
  for (const { userId } of pending) {
    const actor = await loadActiveActor(userId, undefined, null, tx);
    const items = actor
      ? await tx.notification.findMany({
          where: {
            AND: [visibleNotificationsWhere(actor), { digestedAt: null, readAt: null, createdAt: { lte: now } }],
          },
          include: NOTIFICATION_INCLUDE,
          orderBy: { id: "asc" },
          take: MAX_ITEMS,
        })
      : [];
    await tx.notification.updateMany({
      where: { userId, digestedAt: null, createdAt: { lte: now } },
      data: { digestedAt: now },
    });
    const digestible = items.filter((n) => channelOf(userId, TOPIC_OF_KIND[n.kind]) === "DIGEST");
    if (!actor || !digestible.length) continue;
    await queueEmails(tx, [digestEmail(actor, digestible)]);
    sent++;
  }
  return sent;
}
