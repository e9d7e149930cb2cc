import "server-only";
// The signed-in person's own account: "Your sessions" (their live session records, and ending
// them), their language and time zone, and what they may do beyond their workspaces (accountCan). The
// records themselves (start, live check, end on sign-out): lib/server/session-records.ts.
import type { Locale } from "@/i18n/locales";
import { canReadAudit } from "@/lib/audit/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canInstitution, canPlatform } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { liveSessionWhere } from "@/lib/server/session-records";
import { clock } from "@/lib/time/clock";
import type { EndSessionInput, SetTimeZoneInput } from "./schemas";

export interface SessionListItem {
  id: string;
  provider: string;
  userAgent: string;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  current: boolean;
}

/** "Your sessions": the person's live sessions, the current one first, then the most recent. */
export async function listMySessions(actor: Actor): Promise<SessionListItem[]> {
  const rows = await db().userSession.findMany({
    where: { userId: actor.id, ...liveSessionWhere() },
    orderBy: { lastSeenAt: "desc" },
    take: 100,
    select: { id: true, provider: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true, expiresAt: true },
  });
  return rows
    .map((r) => ({ ...r, current: r.id === actor.sessionId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one of the person's own sessions; someone else's session id is simply not found. */
export async function endMySession(actor: Actor, input: EndSessionInput): Promise<{ ended: number }> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { id: input.sessionId, userId: actor.id, endedAt: null },
      data: { endedAt: clock.now(), endedReason: "ended_by_user" },
    });
    if (!count) throw notFound("session");
    await recordAudit(tx, {
      action: "auth.session_end",
      actor,
      institutionId: actor.institutionId,
      targetType: "UserSession",
      targetId: input.sessionId,
    });
    return { ended: count };
  });
}

/** Ends every session of the person but the one making the request. */
export async function endMyOtherSessions(actor: Actor): Promise<{ ended: number }> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { userId: actor.id, endedAt: null, ...(actor.sessionId ? { id: { not: actor.sessionId } } : {}) },
      data: { endedAt: clock.now(), endedReason: "ended_by_user" },
    });
    if (count)
      await recordAudit(tx, {
        action: "auth.session_end",
        actor,
        institutionId: actor.institutionId,
        targetType: "UserSession",
        metadata: { count },
      });
    return { ended: count };
  });
}

/** What the signed-in person may do beyond their workspaces: the header's menu and the
 * workspaces page read this. */
export function accountCan(actor: Actor) {
  const member = !!actor.institutionId;
  return {
    readMembers: member && canInstitution(actor.institutionRole, "institution.members.read"),
    createWorkspace: member && canInstitution(actor.institutionRole, "institution.workspaces.create"),
    readAudit: canReadAudit(actor),
    manageInstitutions: canPlatform(actor.isPlatformOperator, "platform.institutions.manage"),
  };
}

/** The language the person reads Accord in, remembered for their next sign-in anywhere. */
export async function setMyLocale(actor: Actor, locale: Locale): Promise<void> {
  await db().user.update({ where: { id: actor.id }, data: { locale } });
}

/** The zone the person reads every date-time in (pages, inbox, emails, exports); audited. */
export async function setMyTimeZone(actor: Actor, input: SetTimeZoneInput): Promise<{ timeZone: string }> {
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { timeZone: true } });
    if (before.timeZone === input.timeZone) return { timeZone: input.timeZone };
    await tx.user.update({ where: { id: actor.id }, data: { timeZone: input.timeZone } });
    await recordAudit(tx, {
      action: "user.time_zone_change",
      actor,
      institutionId: actor.institutionId,
      targetType: "User",
      targetId: actor.id,
      metadata: { from: before.timeZone, to: input.timeZone },
    });
    return { timeZone: input.timeZone };
  });
}
