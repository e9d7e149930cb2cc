// The delegation invitation email, in the invitee's language (a member's own, a contact's as the
// secretariat chose): the session's title, time in the session's zone (named), place, the role,
// and the single-person answer link; with the session's calendar invitation (same UID as the
// session's other invitations, so calendars keep one event).
import type { OutgoingEmail } from "@/lib/email/service";
import { translatorFor } from "@/lib/notifications/service";
import { serverEnv } from "@/lib/server/env";
import { mailbox, sessionUid, toInvitation } from "@/lib/server/ics";
import { clock } from "@/lib/time/clock";

/** An instant in the session's zone, the zone named (as exported documents write it). */
export function sessionInstant(at: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
    timeZoneName: "short",
  }).format(at);
}

export function delegationInvitationEmail(input: {
  to: { email: string; name: string; locale: string };
  session: {
    id: string;
    title: string;
    startsAt: Date;
    endsAt: Date;
    timeZone: string;
    place: string;
    onlineUrl: string;
    version: number;
  };
  committee: string;
  side: string;
  role: string;
  link: string;
}): OutgoingEmail {
  const { t, locale } = translatorFor(input.to.locale);
  const { session } = input;
  const values = {
    name: input.to.name,
    committee: input.committee,
    session: session.title,
    side: input.side,
    when: `${sessionInstant(session.startsAt, session.timeZone, locale)} (${session.timeZone})`,
    place: session.place || session.onlineUrl || "—",
    link: input.link,
  };
  const text = [
    t("delegations.emails.greeting", values),
    t("delegations.emails.body", values),
    input.role ? t("delegations.emails.role", { role: input.role }) : "",
    t("delegations.emails.when", values),
    t("delegations.emails.place", values),
    t("delegations.emails.answer", values),
    t("delegations.emails.personal"),
  ]
    .filter(Boolean)
    .join("\n\n");
  const env = serverEnv();
  const content = toInvitation(
    {
      uid: sessionUid(session.id, env.baseUrl),
      sequence: session.version - 1,
      start: session.startsAt,
      end: session.endsAt,
      summary: `${input.committee}: ${session.title}`,
      description: [session.onlineUrl, input.link].filter(Boolean).join("\n\n"),
      location: session.place || session.onlineUrl || undefined,
      status: "CONFIRMED",
      organizer: mailbox(env.MAIL_FROM),
      attendees: [{ email: input.to.email, name: input.to.name }],
      updated: clock.now(),
    },
    "REQUEST",
  );
  return {
    to: input.to.email,
    subject: t("delegations.emails.subject", values),
    text,
    calendar: { method: "REQUEST", content },
  };
}
