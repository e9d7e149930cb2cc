// Sign-in throttling per account and per IP, kept in Postgres so every app instance shares it.
// Failures are counted in a 15-minute window; reaching the limit locks the key for 15 minutes.
import type { Tx } from "@/lib/server/db";
import { clock } from "@/lib/time/clock";

export const THROTTLE_WINDOW_MINUTES = 15;
export const THROTTLE_LOCK_MINUTES = 15;
export const ACCOUNT_FAILURE_LIMIT = 10;
// Higher for an IP: a whole institute may sign in from behind one address.
export const IP_FAILURE_LIMIT = 30;

export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export async function isLocked(tx: Tx, keys: string[]): Promise<boolean> {
  const locked = await tx.signInThrottle.count({
    where: { key: { in: keys }, lockedUntil: { gt: clock.now() } },
  });
  return locked > 0;
}

/** Counts one failure atomically (safe with several app instances). */
export async function recordFailure(tx: Tx, key: string, limit: number): Promise<void> {
  const at = clock.now();
  await tx.$executeRaw`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStartsAt", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${at}::timestamptz, CASE WHEN 1 >= ${limit} THEN ${at}::timestamptz + make_interval(mins => ${THROTTLE_LOCK_MINUTES}) END, ${at}::timestamptz)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStartsAt" < ${at}::timestamptz - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})
                        THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStartsAt" = CASE WHEN "SignInThrottle"."windowStartsAt" < ${at}::timestamptz - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})
                        THEN ${at}::timestamptz ELSE "SignInThrottle"."windowStartsAt" END,
      "lockedUntil" = CASE
        WHEN "SignInThrottle"."windowStartsAt" >= ${at}::timestamptz - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})
         AND "SignInThrottle"."failures" + 1 >= ${limit}
        THEN ${at}::timestamptz + make_interval(mins => ${THROTTLE_LOCK_MINUTES})
        ELSE "SignInThrottle"."lockedUntil" END,
      "updatedAt" = ${at}::timestamptz`;
}

export async function clearFailures(tx: Tx, key: string): Promise<void> {
  await tx.signInThrottle.deleteMany({ where: { key } });
}
