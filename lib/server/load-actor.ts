// The one place a user id becomes an Actor: only an active user with a matching session
// version does. A deactivated user gets no actor, so no door opens for them.
import type { Actor } from "./actor";
import { db, type Tx } from "./db";

export async function loadActiveActor(userId: string, sessionVersion?: number, ip: string | null = null, client: Tx = db()): Promise<Actor | null> {
  const user = await client.user.findUnique({ where: { id: userId } });
  if (!user || user.status !== "ACTIVE") return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    institutionId: user.institutionId,
    institutionRole: user.institutionRole,
    isPlatformOperator: user.isPlatformOperator,
    locale: user.locale,
    ip,
  };
}
