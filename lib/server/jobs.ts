// Background work runs in the app process on a timer. Each run happens in one transaction
// holding a transaction-scoped Postgres advisory lock (released at commit, on whichever pooled
// connection it ran), so with several app instances only one does the work at a time.
import { deleteOldSessions } from "@/lib/auth/sessions";
import { deliverPendingEmails } from "@/lib/email/sender";
import { sendFollowUpReminders, sendWeeklyFollowUpDigests } from "@/lib/followups/reminders";
import { sendDailyDigests } from "@/lib/notifications/digest";
import { fanOutPending } from "@/lib/notifications/fanout";
import { registerFanOutRunner } from "@/lib/notifications/kick";
import { clock } from "@/lib/time/clock";
import { db, type Tx } from "./db";
import { serverEnv } from "./env";

export const JOB_LOCKS = {
  email: 72_775_100,
  dailyDigest: 72_775_101,
  reminders: 72_775_102,
  sessions: 72_775_103,
} as const;

export async function withJobLock(key: number, work: (tx: Tx) => Promise<void>): Promise<boolean> {
  return db().$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${key}) AS locked`;
      if (!row?.locked) return false;
      await work(tx);
      return true;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** Once per UTC day: the digest of notifications. Safe to call often and from every instance. */
export async function runDailyDigest(now = clock.now()): Promise<number | null> {
  let sent: number | null = null;
  await withJobLock(JOB_LOCKS.dailyDigest, async (tx) => {
    const today = now.toISOString().slice(0, 10);
    const last = await tx.systemState.findUnique({ where: { key: "digest.daily.last_run" } });
    if (last?.value === today) return;
    sent = await sendDailyDigests(tx, now);
    await tx.systemState.upsert({
      where: { key: "digest.daily.last_run" },
      update: { value: today },
      create: { key: "digest.daily.last_run", value: today },
    });
  });
  return sent;
}

/**
 * Follow-up reminders (safe to run often: each reminder is recorded once per person and day)
 * and, on Mondays, the weekly digest (once per ISO week, recorded in SystemState).
 * Returns null when another instance holds the lock.
 */
export async function runFollowUpReminders(now = clock.now()): Promise<{ reminders: number; digests: number } | null> {
  let result: { reminders: number; digests: number } | null = null;
  await withJobLock(JOB_LOCKS.reminders, async (tx) => {
    const reminders = await sendFollowUpReminders(tx, now);
    let digests = 0;
    if (now.getUTCDay() === 1) {
      const week = now.toISOString().slice(0, 10);
      const last = await tx.systemState.findUnique({ where: { key: "digest.weekly.last_run" } });
      if (last?.value !== week) {
        digests = await sendWeeklyFollowUpDigests(tx, now);
        await tx.systemState.upsert({
          where: { key: "digest.weekly.last_run" },
          update: { value: week },
          create: { key: "digest.weekly.last_run", value: week },
        });
      }
    }
    result = { reminders, digests };
  });
  return result;
}

/** Deletes session records ended or expired long ago (lib/auth/sessions.ts). */
export async function runSessionCleanup(now = clock.now()): Promise<number | null> {
  let deleted: number | null = null;
  await withJobLock(JOB_LOCKS.sessions, async (tx) => {
    deleted = await deleteOldSessions(tx, now);
  });
  return deleted;
}

let started = false;
export function startJobs(): void {
  const env = serverEnv();
  if (started || !env.ACCORD_JOBS) return;
  started = true;
  const every = (ms: number, name: string, job: () => Promise<unknown>) => {
    const timer = setInterval(() => job().catch((error) => console.error(`[jobs] ${name} failed`, error)), ms);
    timer.unref();
  };
  every(10 * 60_000, "daily digest", () => runDailyDigest());
  every(10 * 60_000, "follow-up reminders", () => runFollowUpReminders());
  every(60 * 60_000, "session cleanup", () => runSessionCleanup());
  // Committee events: right after each change (registered runner) and every 15 s for the rest.
  registerFanOutRunner(() => fanOutPending());
  every(15_000, "notification fan-out", () => fanOutPending());
  if (env.SMTP_URL) {
    every(30_000, "email delivery", () =>
      withJobLock(JOB_LOCKS.email, async (tx) => {
        await deliverPendingEmails(env.SMTP_URL!, env.MAIL_FROM, 50, tx);
      }),
    );
  }
}
