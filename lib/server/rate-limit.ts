// Rate limits for public doors (the consultation form; reusable), kept in PostgreSQL so every
// app instance shares them: a fixed window per key (e.g. "consult-ip:203.0.113.9"), counted
// with one atomic upsert, as the sign-in throttle (lib/auth/throttle.ts) counts failures.
// Call it in its own statement or transaction, before the work it guards: a refused or failed
// request still counts.
import { db, type Tx } from "@/lib/server/db";
import { clock } from "@/lib/time/clock";

export interface RateLimit {
  /** Hits allowed per window. */
  limit: number;
  windowSeconds: number;
}

/** Counts one hit on `key`; true while the window's hits (this one included) are within the limit. */
export async function hitRateLimit(tx: Tx, key: string, rule: RateLimit): Promise<boolean> {
  const at = clock.now();
  const rows = await tx.$queryRaw<{ hits: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "hits", "windowStartsAt", "updatedAt")
    VALUES (${key}, 1, ${at}::timestamptz, ${at}::timestamptz)
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "RateLimitBucket"."windowStartsAt" <= ${at}::timestamptz - make_interval(secs => ${rule.windowSeconds}::double precision)
                    THEN 1 ELSE "RateLimitBucket"."hits" + 1 END,
      "windowStartsAt" = CASE WHEN "RateLimitBucket"."windowStartsAt" <= ${at}::timestamptz - make_interval(secs => ${rule.windowSeconds}::double precision)
                    THEN ${at}::timestamptz ELSE "RateLimitBucket"."windowStartsAt" END,
      "updatedAt" = ${at}::timestamptz
    RETURNING "hits"`;
  return Number(rows[0]?.hits ?? 1) <= rule.limit;
}

/**
 * Counts one hit on each key in order and stops at the first that is over its limit (so put
 * the client address first: a refused address writes no further rows, whatever keys it makes
 * up). True only if every key is within its limit.
 */
export async function hitRateLimits(tx: Tx, hits: { key: string; rule: RateLimit }[]): Promise<boolean> {
  for (const { key, rule } of hits) if (!(await hitRateLimit(tx, key, rule))) return false;
  return true;
}

/** The hourly job (lib/boot/jobs.ts): drops windows that started over a day ago. */
export async function runRateLimitCleanup(): Promise<number> {
  return pruneRateLimits(db());
}

/** Drops windows that ended long ago. */
export async function pruneRateLimits(tx: Tx, olderThanSeconds = 86_400): Promise<number> {
  const before = new Date(clock.ms() - olderThanSeconds * 1000);
  const { count } = await tx.rateLimitBucket.deleteMany({ where: { windowStartsAt: { lt: before } } });
  return count;
}
