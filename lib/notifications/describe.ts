// One sentence and one link per notification, in the reader's language: the inbox, the
// immediate email and the digest all say the same thing. `t` is a translator over all
// messages (next-intl's getTranslations() on a page, createTranslator in a job). Instants are
// written in the reader's zone (`timeZone`: the person's, UTC until they choose one).
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { dateFromIso } from "@/lib/time/clock";
import { SIDE_COUNTRIES_SELECT } from "@/lib/time/home-times";
import type { EventPayload, SessionTime } from "./events";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The relations describing a notification reads, for `include` in every query that lists them. */
export const NOTIFICATION_INCLUDE = {
  actor: { select: { name: true } },
  brief: { select: { id: true, title: true } },
  followUp: { select: { id: true, title: true } },
  committee: { select: { id: true, name: true } },
  session: {
    select: {
      id: true,
      title: true,
      startsAt: true,
      timeZone: true,
      // Each side's home, for the session's time there (session emails).
      committee: { select: { sides: { orderBy: { position: "asc" }, select: SIDE_COUNTRIES_SELECT } } },
    },
  },
  agendaItem: { select: { id: true, title: true } },
  minutes: { select: { id: true, version: true, sessionId: true } },
  event: { select: { payload: true } },
} as const;

/** What describing a notification reads (NOTIFICATION_INCLUDE). */
export interface NotificationView {
  kind: NotificationKind;
  actor: { name: string } | null;
  brief: { id: string; title: string } | null;
  followUp: { id: string; title: string } | null;
  committee: { id: string; name: string } | null;
  session: {
    id: string;
    title: string;
    startsAt: Date;
    timeZone: string;
    committee?: { sides: { institutions: { institution: { countryCode: string } }[] }[] };
  } | null;
  agendaItem: { id: string; title: string } | null;
  minutes: { id: string; version: number; sessionId: string } | null;
  event: { payload: unknown } | null;
}

/** "12 Mar 2027, 10:00 (Asia/Seoul)": an instant in the reader's zone, zone named. */
export function formatSessionTime(at: Date | string, timeZone: string, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    new Date(at),
  );
  return `${text} (${timeZone})`;
}

/** A due date (a calendar date, no zone). */
export function formatDueDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(dateFromIso(isoDate));
}

/** A comment's place in its thread: the page shows the thread from it on, and scrolls to it. */
function commentAnchor(n: NotificationView): string {
  const commentId = (n.event?.payload as EventPayload | null)?.commentId;
  return commentId ? `?comments=${encodeURIComponent(commentId)}#comment-${encodeURIComponent(commentId)}` : "";
}

/** Where the notification leads: the minutes for minutes, else the most specific record. */
export function notificationHref(n: NotificationView): string | null {
  if (n.kind === "SESSION_PACK_READY" && n.session) return `/sessions/${n.session.id}/pack`;
  if (n.kind === "SERIES_SESSION_DUE" && n.session) return `/sessions/${n.session.id}/plan-next`;
  if (n.brief) return `/briefs/${n.brief.id}`;
  if (n.followUp) return `/follow-ups/${n.followUp.id}${commentAnchor(n)}`;
  // A query, not #minutes: a fragment is lost when the link leads through sign-in.
  if (n.minutes) return `/sessions/${n.minutes.sessionId}?focus=minutes`;
  if (
    n.agendaItem &&
    (n.kind === "DECISION_RECORDED" ||
      n.kind === "FEEDBACK_GIVEN" ||
      n.kind === "CONSULTATION_RELEASED" ||
      n.kind === "AGENDA_ITEM_DELEGATED")
  )
    return `/agenda-items/${n.agendaItem.id}`;
  if (n.session) return `/sessions/${n.session.id}`;
  if (n.agendaItem) return `/agenda-items/${n.agendaItem.id}${commentAnchor(n)}`;
  if (n.committee) return `/committees/${n.committee.id}`;
  return null;
}

function subjectTitle(n: NotificationView): string {
  if (
    n.kind === "DECISION_RECORDED" ||
    n.kind === "FEEDBACK_GIVEN" ||
    n.kind === "CONSULTATION_RELEASED" ||
    n.kind === "AGENDA_ITEM_DELEGATED"
  )
    return n.agendaItem?.title ?? "";
  return n.brief?.title ?? n.followUp?.title ?? n.session?.title ?? n.agendaItem?.title ?? n.committee?.name ?? "";
}

/** When a session notification's session starts: the new time of a move, else the session's. */
export function sessionStart(n: NotificationView): Date | null {
  const p = (n.event?.payload ?? {}) as EventPayload;
  const to = typeof p.to === "object" ? (p.to as SessionTime) : null;
  const at = to ? to.startsAt : n.session?.startsAt;
  return at ? new Date(at) : null;
}

function values(n: NotificationView, t: Translate, locale: string, zone: string): Record<string, string | number> {
  const p = (n.event?.payload ?? {}) as EventPayload;
  const status = (s: unknown) => (typeof s === "string" ? t(`followUps.statuses.${s}`) : "");
  const base = {
    actor: n.actor?.name ?? t("notifications.someone"),
    title: subjectTitle(n),
    committee: n.committee?.name ?? "",
  };
  switch (n.kind) {
    case "FOLLOWUP_STATUS_CHANGED":
    case "FOLLOWUP_PROGRESS":
      return { ...base, from: status(p.from), to: status(p.to), progress: p.progress ?? 0 };
    case "FOLLOWUP_DUE_MOVED":
      return {
        ...base,
        from: typeof p.from === "string" ? formatDueDate(p.from, locale) : "",
        to: typeof p.to === "string" ? formatDueDate(p.to, locale) : "",
      };
    case "MINUTES_CIRCULATED":
    case "MINUTES_APPROVED":
    case "MINUTES_AMENDED":
      return { ...base, version: p.version ?? n.minutes?.version ?? 1 };
    case "SESSION_PLANNED":
    case "SESSION_CANCELLED":
    case "SESSION_MOVED": {
      const at = sessionStart(n);
      return { ...base, when: at ? formatSessionTime(at, zone, locale) : "" };
    }
    case "SESSION_AGENDA_CHANGED":
      return { ...base, change: p.change ?? "changed", item: p.item ?? "" };
    case "DECISION_RECORDED":
      return { ...base, type: p.type ? t(`committees.decisionTypes.${p.type}`) : "" };
    case "FEEDBACK_GIVEN":
      return { ...base, type: p.kind ? t(`feedback.kinds.${p.kind}`) : "" };
    case "SESSION_PACK_READY":
      return { ...base, when: n.session ? formatSessionTime(n.session.startsAt, zone, locale) : "" };
    case "SESSION_AGENDA_INCOMPLETE": {
      const entries = p.entries ?? [];
      const missing = (m: string[]) => m.map((field) => t(`chasers.missing.${field}`)).join(", ");
      return {
        ...base,
        when: n.session ? formatSessionTime(n.session.startsAt, zone, locale) : "",
        count: entries.length,
        entries: entries.map((e) => `${e.item} (${missing(e.missing)})`).join("; "),
      };
    }
    case "MINUTES_APPROVAL_REMINDER":
      return { ...base, version: p.version ?? n.minutes?.version ?? 1, side: p.sideName ?? "", days: p.days ?? 0 };
    case "SERIES_SESSION_DUE":
      return {
        ...base,
        stage: p.stage ?? "soon",
        due: p.due
          ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: zone }).format(new Date(p.due))
          : "",
        days: Math.abs(p.days ?? 0),
      };
    case "DOCUMENT_ADDED":
      return { ...base, document: p.document ?? "", number: p.number ?? 1 };
    case "AGENDA_ITEM_DELEGATED":
      return { ...base, parent: p.parent ?? "" };
    case "AGENDA_NOTE_ADDED":
      return { ...base, noteKind: p.noteKind ? t(`documents.noteKinds.${p.noteKind}`) : "" };
    default:
      return base;
  }
}

export function describeNotification(
  n: NotificationView,
  t: Translate,
  locale: string,
  /** The reader's zone (null: not chosen, UTC). */
  timeZone?: string | null,
): { text: string; href: string | null; title: string } {
  return {
    text: t(`notifications.kind.${n.kind}`, values(n, t, locale, timeZone ?? "UTC")),
    href: notificationHref(n),
    title: subjectTitle(n),
  };
}
