import "server-only";
// The daily digest: one email per person with their notifications not yet digested, of the
// topics they send to the digest (checked now, so a change of mind counts), and only about
// what they may still read. Runs under a job lock; rows are marked digested in the same
// transaction, so a rerun never mails the same item twice.
import { queueEmails } from "@/lib/email/service";
import type { Tx } from "@/lib/server/db";
import { JOB_LOCKS, oncePer, withJobLock } from "@/lib/server/jobs";
import { loadActiveActor } from "@/lib/server/load-actor";
import { clock, isoDateOf } from "@/lib/time/clock";
import { NOTIFICATION_INCLUDE } from "./describe";
import { digestEmail } from "./email";
import { channelsFor } from "./preferences";
import { visibleNotificationsWhere } from "./service";
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

/** The job (lib/boot/jobs.ts): once per UTC day, safe to call often and from every instance.
 * Null when it already ran today or another instance holds the lock. */
export async function runDailyDigest(now = clock.now()): Promise<number | null> {
  let sent: number | null = null;
  await withJobLock(JOB_LOCKS.dailyDigest, async (tx) => {
    sent = await oncePer(tx, "digest.daily.last_run", isoDateOf(now), () => sendDailyDigests(tx, now));
  });
  return sent;
}
