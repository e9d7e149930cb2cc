// The calendar invitation a session email carries (RFC 5546): planned and moved send METHOD
// REQUEST, cancelled sends METHOD CANCEL with STATUS CANCELLED, all under the session's one UID,
// so Outlook and Google Calendar add the event once and then update or remove that same event.
// SEQUENCE is the session's `version` less one, as it was when the change was made (recorded in
// the event's payload): `version` already goes up in the transaction of every change of time,
// place, title or status, so no second counter is needed, and a fan-out that runs late still
// sends the revision of its own change, never a newer number with older content.
import type { EmailCalendar } from "@/lib/email/service";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { serverEnv } from "@/lib/server/env";
import { mailbox, sessionUid, toInvitation } from "@/lib/server/ics";
import { clock } from "@/lib/time/clock";
import { NOTIFICATION_INCLUDE } from "./describe";
import type { EventPayload } from "./events";

/** The session fields an invitation reads (a superset of what describing one reads). */
export const INVITATION_SESSION = {
  select: { ...NOTIFICATION_INCLUDE.session.select, endsAt: true, place: true, onlineUrl: true, version: true },
} as const;

export interface InvitationView {
  kind: NotificationKind;
  committee: { name: string } | null;
  session: {
    id: string;
    title: string;
    startsAt: Date;
    endsAt: Date;
    place: string;
    onlineUrl: string;
    version: number;
  } | null;
  event: { payload: unknown } | null;
}

const METHOD_OF: Partial<Record<NotificationKind, EmailCalendar["method"]>> = {
  SESSION_PLANNED: "REQUEST",
  SESSION_MOVED: "REQUEST",
  SESSION_CANCELLED: "CANCEL",
};

/** The invitation for a session notification sent to `to`, or null for any other kind. */
export function sessionInvitation(
  n: InvitationView,
  to: { email: string; name: string },
  now = clock.now(),
): EmailCalendar | null {
  const method = METHOD_OF[n.kind];
  const session = n.session;
  if (!method || !session) return null;
  const payload = (n.event?.payload ?? {}) as EventPayload;
  // A move names where it moved to; other kinds take the session as it is now.
  const moved = typeof payload.to === "object" ? payload.to : null;
  const env = serverEnv();
  const url = `${env.baseUrl}/sessions/${session.id}`;
  const place = moved ? moved.place : session.place;
  const content = toInvitation(
    {
      uid: sessionUid(session.id, env.baseUrl),
      sequence: typeof payload.sequence === "number" ? payload.sequence : session.version - 1,
      start: new Date(moved?.startsAt ?? session.startsAt),
      end: new Date(moved?.endsAt ?? session.endsAt),
      summary: n.committee ? `${n.committee.name}: ${session.title}` : session.title,
      description: [session.onlineUrl, url].filter(Boolean).join("\n\n"),
      location: place || session.onlineUrl || undefined,
      url,
      status: method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
      organizer: mailbox(env.MAIL_FROM),
      attendees: [{ email: to.email, name: to.name }],
      updated: now,
    },
    method,
  );
  return { method, content };
}
