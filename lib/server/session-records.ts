import "server-only";
// Sessions as records: one UserSession row per sign-in, its id in the JWT (`sid`). The row is
// checked on every request together with the user (./load-actor.ts), so a session that was
// ended (sign-out, "end other sessions", deactivation, password reset) stays ended even if
// somebody kept a copy of its cookie. The account page's list of them: lib/account/service.ts.
import { clock, DAY_MS } from "@/lib/time/clock";
import { db, type Tx } from "./db";
import { JOB_LOCKS, withJobLock } from "./jobs";
import { absoluteLimitMs, idleSeconds } from "./session-token";

export type SessionEndReason = "signed_out" | "ended_by_user" | "deactivated" | "password_reset";

/** lastSeenAt is written at most this often per session: one small write per 5 minutes of use. */
export const LAST_SEEN_EVERY_MS = 5 * 60_000;
/** Ended and expired rows are kept this long (for "Your sessions" and support), then deleted. */
export const KEEP_ENDED_SESSIONS_MS = 30 * DAY_MS;

export async function startSession(
  input: { userId: string; provider: string; userAgent: string; ip: string | null },
  client: Tx = db(),
): Promise<string> {
  const now = clock.now();
  const row = await client.userSession.create({
    data: {
      userId: input.userId,
      provider: input.provider,
      userAgent: input.userAgent.slice(0, 400),
      ip: input.ip,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + absoluteLimitMs()),
    },
    select: { id: true },
  });
  return row.id;
}

/** The `where` of a session that still opens doors at `now`: not ended, not past either limit. */
export function liveSessionWhere(now: Date = clock.now()) {
  return { endedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - idleSeconds() * 1000) } };
}

/** Moves lastSeenAt (and the address) forward when it is older than LAST_SEEN_EVERY_MS. */
export async function touchSession(
  sessionId: string,
  lastSeenAt: Date,
  ip: string | null,
  client: Tx = db(),
): Promise<void> {
  const now = clock.now();
  if (now.getTime() - lastSeenAt.getTime() < LAST_SEEN_EVERY_MS) return;
  await client.userSession.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { lastSeenAt: now, ...(ip ? { ip } : {}) },
  });
}

/** Sign-out: ends the session for good (the event comes from next-auth with the old token). */
export async function endSessionById(sessionId: string, reason: SessionEndReason): Promise<void> {
  await db().userSession.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { endedAt: clock.now(), endedReason: reason },
  });
}

/** Deactivation and password reset end every session of the person (in their transaction). */
export async function endAllSessionsOf(tx: Tx, userId: string, reason: SessionEndReason): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, endedAt: null },
    data: { endedAt: clock.now(), endedReason: reason },
  });
  return count;
}

/** The cleanup job: deletes rows ended or expired more than KEEP_ENDED_SESSIONS_MS ago. */
export async function deleteOldSessions(tx: Tx, now: Date = clock.now()): Promise<number> {
  const before = new Date(now.getTime() - KEEP_ENDED_SESSIONS_MS);
  const { count } = await tx.userSession.deleteMany({
    where: { OR: [{ endedAt: { lt: before } }, { expiresAt: { lt: before } }, { lastSeenAt: { lt: before } }] },
  });
  return count;
}

/** The hourly job: deletes old session records; null when another instance holds the lock. */
export async function runSessionCleanup(now = clock.now()): Promise<number | null> {
  let deleted: number | null = null;
  await withJobLock(JOB_LOCKS.sessions, async (tx) => {
    deleted = await deleteOldSessions(tx, now);
  });
  return deleted;
}
