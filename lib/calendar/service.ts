import "server-only";
import { translatorFor } from "@/i18n/translator";
import { OPEN_FOLLOW_UP_STATUSES } from "@/lib/followups/schemas";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { serverEnv } from "@/lib/server/env";
import { sessionUid, toIcs } from "@/lib/server/ics";
// A person's calendar: sessions of their committees and due dates of the follow-ups they are
// assigned to or their institution leads. Shown in the app, and as a private iCal feed whose
// URL carries a random token (only its hash is stored); creating a new URL revokes the old.
import { hashLinkToken, newLinkToken } from "@/lib/server/link-tokens";
import { loadActiveActor } from "@/lib/server/load-actor";
import { committeeWhere } from "@/lib/server/scope";
import { clock, DAY_MS, today } from "@/lib/time/clock";

export async function calendarEntries(
  actor: Actor,
  from = new Date(today().getTime() - 30 * DAY_MS),
  until = new Date(today().getTime() + 365 * DAY_MS),
) {
  const [sessions, followUps] = await Promise.all([
    db().session.findMany({
      // A cancelled session leaves the calendar (and the feed, so subscribed calendars drop it).
      where: { committee: committeeWhere(actor), status: { not: "CANCELLED" }, startsAt: { gte: from, lte: until } },
      include: { committee: { select: { name: true } } },
      orderBy: { startsAt: "asc" },
      take: 500,
    }),
    db().followUp.findMany({
      where: {
        committee: committeeWhere(actor),
        status: { in: [...OPEN_FOLLOW_UP_STATUSES] },
        dueDate: { gte: from, lte: until },
        OR: [
          { assignees: { some: { userId: actor.id } } },
          ...(actor.institutionId ? [{ leads: { some: { institutionId: actor.institutionId } } }] : []),
        ],
      },
      include: { committee: { select: { name: true } } },
      orderBy: { dueDate: "asc" },
      take: 500,
    }),
  ]);
  return { sessions, followUps };
}

/** The feed in its owner's language (a calendar app fetches it without a session). */
export async function calendarIcs(actor: Actor): Promise<string> {
  const base = serverEnv().baseUrl;
  const t = await translatorFor(actor.locale, "calendar");
  const { sessions, followUps } = await calendarEntries(actor, new Date(today().getTime() - 180 * DAY_MS));
  return toIcs(
    [
      ...sessions.map((s) => ({
        uid: sessionUid(s.id, base),
        start: s.startsAt,
        end: s.endsAt,
        summary: `${s.committee.name}: ${s.title}`,
        location: s.place || s.onlineUrl,
        url: `${base}/sessions/${s.id}`,
        updated: s.updatedAt,
      })),
      ...followUps.map((f) => ({
        uid: `follow-up-${f.id}@accord`,
        start: f.dueDate,
        allDay: true,
        summary: t("icsDue", { title: f.title }),
        description: f.committee.name,
        url: `${base}/follow-ups/${f.id}`,
        updated: f.updatedAt,
      })),
    ],
    "Accord",
  );
}

export async function hasCalendarFeed(actor: Actor): Promise<boolean> {
  return (await db().calendarToken.count({ where: { userId: actor.id, revokedAt: null } })) > 0;
}

/** A new private feed URL (shown once); any earlier URL stops working. */
export async function createCalendarFeed(actor: Actor): Promise<{ link: string }> {
  const { token, tokenHash } = newLinkToken();
  await db().$transaction(async (tx) => {
    await tx.calendarToken.updateMany({
      where: { userId: actor.id, revokedAt: null },
      data: { revokedAt: clock.now() },
    });
    await tx.calendarToken.create({ data: { userId: actor.id, tokenHash } });
  });
  return { link: `${serverEnv().baseUrl}/api/calendar/${token}.ics` };
}

export async function revokeCalendarFeed(actor: Actor): Promise<void> {
  await db().calendarToken.updateMany({
    where: { userId: actor.id, revokedAt: null },
    data: { revokedAt: clock.now() },
  });
}

/** The feed for a token, or null (unknown, revoked, or its owner deactivated). */
export async function feedForToken(token: string): Promise<string | null> {
  const row = await db().calendarToken.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!row || row.revokedAt) return null;
  const actor = await loadActiveActor(row.userId);
  return actor ? calendarIcs(actor) : null;
}
