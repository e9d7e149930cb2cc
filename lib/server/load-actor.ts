// The one place a user id becomes an Actor: only an active user with a matching session
// version does, and, for a request, only with a live session record (./session-records.ts),
// read in the same query. A deactivated user or an ended session gets no actor, so no door opens.

import type { Actor } from "./actor";
import { db, type Tx } from "./db";
import { liveSessionWhere, touchSession } from "./session-records";

export async function loadActiveActor(
  userId: string,
  sessionVersion?: number,
  ip: string | null = null,
  client: Tx = db(),
  /** For a request: the session id from the token; its row must be live. */
  sessionId?: string,
): Promise<Actor | null> {
  const user = await client.user.findUnique({
    where: { id: userId },
    include:
      sessionId === undefined
        ? undefined
        : {
            sessions: {
              where: { id: sessionId, ...liveSessionWhere() },
              select: { id: true, lastSeenAt: true },
              take: 1,
            },
          },
  });
  if (user?.status !== "ACTIVE") return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  let liveSessionId: string | null = null;
  if (sessionId !== undefined) {
    const session = (user as typeof user & { sessions?: { id: string; lastSeenAt: Date }[] }).sessions?.[0];
    if (!session) return null;
    await touchSession(session.id, session.lastSeenAt, ip, client);
    liveSessionId = session.id;
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    institutionId: user.institutionId,
    institutionRole: user.institutionRole,
    isPlatformOperator: user.isPlatformOperator,
    locale: user.locale,
    timeZone: user.timeZone,
    ip,
    sessionId: liveSessionId,
  };
}
