import "server-only";
import { queueEmail } from "@/lib/email/service";
import type { Tx } from "@/lib/server/db";
import { serverEnv } from "@/lib/server/env";
import { JOB_LOCKS, oncePer, withJobLock } from "@/lib/server/jobs";
import { loadActiveActor } from "@/lib/server/load-actor";
import { clock } from "@/lib/time/clock";
// The daily digest: one email per user collecting notifications not yet digested (only those
// about briefs they may still read), written to the outbox. Runs under a job lock; rows are
// marked digested in the same transaction, so a rerun never mails the same item twice.
import { visibleNotificationsWhere } from "./service";

const KIND_TEXT: Record<string, string> = {
  MENTION: "mentioned you on",
  BRIEF_PUBLISHED: "published",
  BRIEF_REVISED: "revised",
  BRIEF_SUBMITTED: "submitted for review",
  BRIEF_RETURNED: "returned for changes",
  FOLLOWUP_DUE_SOON: "is due in 7 days",
  FOLLOWUP_DUE_TOMORROW: "is due tomorrow",
  FOLLOWUP_OVERDUE: "is overdue",
};

export async function sendDailyDigests(tx: Tx, now = clock.now()): Promise<number> {
  const since = new Date(now.getTime() - 24 * 3600_000);
  const pending = await tx.notification.groupBy({
    by: ["userId"],
    where: { digestedAt: null, createdAt: { lte: now } },
  });
  let sent = 0;
  for (const { userId } of pending) {
    const actor = await loadActiveActor(userId, undefined, null, tx);
    if (!actor) {
      await tx.notification.updateMany({ where: { userId, digestedAt: null }, data: { digestedAt: now } });
      continue;
    }
    const items = await tx.notification.findMany({
      where: { AND: [visibleNotificationsWhere(actor), { digestedAt: null, createdAt: { lte: now } }] },
      include: {
        brief: { select: { id: true, title: true } },
        followUp: { select: { id: true, title: true } },
        actor: { select: { name: true } },
      },
      orderBy: { id: "asc" },
      take: 200,
    });
    await tx.notification.updateMany({
      where: { userId, digestedAt: null, createdAt: { lte: now } },
      data: { digestedAt: now },
    });
    const unread = items.filter((n) => !n.readAt);
    if (!unread.length) continue;
    const base = serverEnv().baseUrl;
    const lines = unread.map((n) =>
      n.followUp
        ? `- Follow-up ${KIND_TEXT[n.kind] ?? n.kind}: ${n.followUp.title}\n  ${base}/follow-ups/${n.followUp.id}`
        : `- ${n.actor?.name ?? "Someone"} ${KIND_TEXT[n.kind] ?? n.kind}: ${n.brief?.title ?? ""}\n  ${base}/briefs/${n.brief?.id ?? ""}`,
    );
    await queueEmail(tx, {
      to: actor.email,
      subject: `Accord: ${unread.length} new item(s) since ${since.toISOString().slice(0, 10)}`,
      text: `Hello ${actor.name},\n\nHere is what happened on what you follow:\n\n${lines.join("\n")}\n\nYour inbox: ${base}/notifications\n`,
    });
    sent++;
  }
  return sent;
}

/** The job (lib/boot/jobs.ts): once per UTC day, safe to call often and from every instance.
 * Null when it already ran today or another instance holds the lock. */
export async function runDailyDigest(now = clock.now()): Promise<number | null> {
  let sent: number | null = null;
  await withJobLock(JOB_LOCKS.dailyDigest, async (tx) => {
    sent = await oncePer(tx, "digest.daily.last_run", now.toISOString().slice(0, 10), () => sendDailyDigests(tx, now));
  });
  return sent;
}
