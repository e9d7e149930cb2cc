// Background work runs in the app process on a timer. Each run takes a Postgres advisory
// lock, so with several app instances only one does the work.
import { deliverPendingEmails } from "@/lib/email/sender";
import { db } from "./db";
import { serverEnv } from "./env";

const EMAIL_JOB_LOCK = 72_775_100;

export async function withJobLock(key: number, work: () => Promise<void>): Promise<boolean> {
  const [row] = await db().$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_lock(${key}) AS locked`;
  if (!row?.locked) return false;
  try {
    await work();
  } finally {
    await db().$queryRaw`SELECT pg_advisory_unlock(${key})`;
  }
  return true;
}

let started = false;
export function startJobs(): void {
  const env = serverEnv();
  if (started || !env.ACCORD_JOBS) return;
  started = true;
  if (env.SMTP_URL) {
    const timer = setInterval(() => {
      withJobLock(EMAIL_JOB_LOCK, async () => { await deliverPendingEmails(env.SMTP_URL!, env.MAIL_FROM); }).catch((error) =>
        console.error("[jobs] email delivery failed", error),
      );
    }, 30_000);
    timer.unref();
  }
}
