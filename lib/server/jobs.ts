// Background work runs in the app process on a timer. Each run happens in one transaction
// holding a transaction-scoped Postgres advisory lock (released at commit, on whichever pooled
// connection it ran), so with several app instances only one does the work at a time.
// Which jobs run and how often: lib/boot/jobs.ts; each job's work lives in its domain.
import { db, type Tx } from "./db";

/** Advisory lock ids, one per job, listed together so that no two jobs share one. */
export const JOB_LOCKS = {
  email: 72_775_100,
  dailyDigest: 72_775_101,
  reminders: 72_775_102,
  sessions: 72_775_103,
  chasers: 72_775_104,
} as const;

/** Runs `work` under the job's lock; false (and nothing done) when another instance holds it. */
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

/**
 * Runs `work` once per period (a day, a week: `period` names it, e.g. "2026-11-23"), recorded
 * in SystemState under `key` in the same transaction. Null when it already ran for `period`.
 */
export async function oncePer<T>(tx: Tx, key: string, period: string, work: () => Promise<T>): Promise<T | null> {
  const last = await tx.systemState.findUnique({ where: { key } });
  if (last?.value === period) return null;
  const result = await work();
  await tx.systemState.upsert({ where: { key }, update: { value: period }, create: { key, value: period } });
  return result;
}

/** Runs `job` every `ms` for the life of the process; a failure is logged, the next run still comes. */
export function every(ms: number, name: string, job: () => Promise<unknown>): void {
  const timer = setInterval(() => job().catch((error) => console.error(`[jobs] ${name} failed`, error)), ms);
  timer.unref();
}
