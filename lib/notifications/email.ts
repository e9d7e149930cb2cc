import "server-only";
// Notification emails in the recipient's language, with a text and an HTML part, a link to
// their preferences and a one-click unsubscribe for the topic (List-Unsubscribe headers).
// `buildEmail` lays out any such email, with the calendar invitation of a session email
// (./invitation.ts). The digest carries none (docs/architecture.md, notifications).
// Instants are in the recipient's zone; a session's email also gives its time at each side's home.
// use-intl/core: the translator without React, so jobs and scripts (react-server condition) load it.
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import type { EmailCalendar, OutgoingEmail } from "@/lib/email/service";
import { serverEnv } from "@/lib/server/env";
import { isoDateOf } from "@/lib/time/clock";
import { homeTimesLine, sideCountries } from "@/lib/time/home-times";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import zh from "@/messages/zh.json";
import { describeNotification, formatDueDate, type NotificationView, sessionStart, type Translate } from "./describe";
import { TOPIC_OF_KIND } from "./topics";
import { type UnsubscribeScope, unsubscribeUrls } from "./unsubscribe";

const MESSAGES = { en, zh, ko } as const;

const translators = new Map<Locale, Translate>();

/** A translator over all messages of the person's language (English when unknown); one per
 * language, kept, since each caches the messages it has compiled. */
export function translatorFor(locale: string): { t: Translate; locale: Locale } {
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let t = translators.get(chosen);
  if (!t) {
    const translate = createTranslator({ locale: chosen, messages: MESSAGES[chosen] as never });
    t = (key, values) => translate(key as never, values as never);
    translators.set(chosen, t);
  }
  return { t, locale: chosen };
}

export interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: string;
  /** The zone the person reads times in; null or absent: not chosen, UTC. */
  timeZone?: string | null;
}

export interface EmailLayout {
  subject: string;
  greeting: string;
  intro?: string;
  items: { text: string; href: string | null }[];
  action: { label: string; href: string };
  /** Why this email came, in one sentence. */
  reason: string;
  unsubscribe: { label: string; scope: UnsubscribeScope };
  preferencesLabel: string;
  /** A calendar invitation sent along (session emails). */
  calendar?: EmailCalendar;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The text and HTML parts and the unsubscribe headers of a notification email. */
export function buildEmail(to: Recipient, layout: EmailLayout, locale: Locale): OutgoingEmail {
  const base = serverEnv().baseUrl;
  const abs = (href: string) => (href.startsWith("/") ? `${base}${href}` : href);
  const links = unsubscribeUrls(to.id, layout.unsubscribe.scope);
  const preferences = `${base}/notifications/preferences`;
  const text = [
    layout.greeting,
    "",
    ...(layout.intro ? [layout.intro, ""] : []),
    ...layout.items.flatMap((item) => [`- ${item.text}`, ...(item.href ? [`  ${abs(item.href)}`] : [])]),
    "",
    `${layout.action.label}: ${abs(layout.action.href)}`,
    "",
    "-- ",
    layout.reason,
    `${layout.preferencesLabel}: ${preferences}`,
    `${layout.unsubscribe.label}: ${links.page}`,
    "",
  ].join("\n");
  const link = (href: string, label: string) => `<a href="${escapeHtml(abs(href))}">${escapeHtml(label)}</a>`;
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(layout.subject)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI','Noto Sans','PingFang SC','Malgun Gothic',sans-serif;color:#0f172a;line-height:1.5">
<p>${escapeHtml(layout.greeting)}</p>
${layout.intro ? `<p>${escapeHtml(layout.intro)}</p>` : ""}
<ul>
${layout.items.map((item) => `<li>${item.href ? link(item.href, item.text) : escapeHtml(item.text)}</li>`).join("\n")}
</ul>
<p><a href="${escapeHtml(abs(layout.action.href))}" style="display:inline-block;padding:8px 14px;background:#1d4ed8;color:#ffffff;border-radius:6px;text-decoration:none">${escapeHtml(layout.action.label)}</a></p>
<hr style="border:none;border-top:1px solid #e2e8f0">
<p style="font-size:12px;color:#64748b">${escapeHtml(layout.reason)}<br>
${link(preferences, layout.preferencesLabel)} · ${link(links.page, layout.unsubscribe.label)}</p>
</body></html>
`;
  return {
    to: to.email,
    subject: layout.subject.length > 200 ? `${layout.subject.slice(0, 197)}…` : layout.subject,
    text,
    html,
    headers: { "List-Unsubscribe": `<${links.oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    ...(layout.calendar ? { calendar: layout.calendar } : {}),
  };
}

const SESSION_KINDS = new Set<string>(["SESSION_PLANNED", "SESSION_MOVED", "SESSION_CANCELLED"]);

/** A session email's "At each side's home: …" line, the recipient's home first; else undefined. */
function sessionHomeTimes(n: NotificationView, t: Translate, timeZone?: string | null): string | undefined {
  const at = SESSION_KINDS.has(n.kind) ? sessionStart(n) : null;
  const sides = n.session?.committee?.sides;
  if (!at || !sides) return undefined;
  const line = homeTimesLine(at, sideCountries(sides), t, timeZone);
  return line ? t("timeZones.homeTimes", { times: line }) : undefined;
}

/** The immediate email of one notification (its topic's channel is EMAIL), with the calendar
 * invitation of a session notification when given. */
export function notificationEmail(to: Recipient, n: NotificationView, calendar?: EmailCalendar): OutgoingEmail {
  const { t, locale } = translatorFor(to.locale);
  const { text, href } = describeNotification(n, t, locale, to.timeZone);
  const topic = TOPIC_OF_KIND[n.kind];
  const topicName = t(`notifications.topics.${topic}.label`);
  return buildEmail(
    to,
    {
      subject: `Accord: ${text}`,
      greeting: t("notifications.email.greeting", { name: to.name }),
      intro: sessionHomeTimes(n, t, to.timeZone),
      items: [{ text, href }],
      action: {
        label: t(
          n.kind === "MINUTES_CIRCULATED" || n.kind === "MINUTES_APPROVAL_REMINDER"
            ? "notifications.email.reviewMinutes"
            : "notifications.email.open",
        ),
        href: href ?? "/notifications",
      },
      reason: t("notifications.email.reason", { topic: topicName }),
      unsubscribe: { label: t("notifications.email.unsubscribe", { topic: topicName }), scope: topic },
      preferencesLabel: t("notifications.email.preferences"),
      calendar,
    },
    locale,
  );
}

/** The daily digest of one person's notifications (already filtered to what they may read). */
export function digestEmail(to: Recipient, items: NotificationView[]): OutgoingEmail {
  const { t, locale } = translatorFor(to.locale);
  return buildEmail(
    to,
    {
      subject: t("notifications.email.digestSubject", { count: items.length }),
      greeting: t("notifications.email.greeting", { name: to.name }),
      intro: t("notifications.email.digestIntro"),
      items: items.map((n) => {
        const { text, href } = describeNotification(n, t, locale, to.timeZone);
        return { text, href };
      }),
      action: { label: t("notifications.email.inbox"), href: "/notifications" },
      reason: t("notifications.email.digestReason"),
      unsubscribe: { label: t("notifications.email.digestUnsubscribe"), scope: "DIGEST" },
      preferencesLabel: t("notifications.email.preferences"),
    },
    locale,
  );
}

export interface OpenFollowUp {
  id: string;
  title: string;
  dueDate: Date;
  status: string;
  progress: number;
}

/** Monday's summary of a person's open follow-ups, soonest due first (a reminder). */
export function weeklyFollowUpsEmail(to: Recipient, items: OpenFollowUp[], today: Date): OutgoingEmail {
  const { t, locale } = translatorFor(to.locale);
  const topicName = t("notifications.topics.REMINDERS.label");
  return buildEmail(
    to,
    {
      subject: t("notifications.email.weeklySubject", { count: items.length }),
      greeting: t("notifications.email.greeting", { name: to.name }),
      intro: t("notifications.email.weeklyIntro"),
      items: items.map((f) => ({
        text: t("notifications.email.weeklyLine", {
          due: formatDueDate(isoDateOf(f.dueDate), locale),
          overdue: f.dueDate < today ? "yes" : "no",
          status: t(`followUps.statuses.${f.status}`),
          progress: f.progress,
          title: f.title,
        }),
        href: `/follow-ups/${f.id}`,
      })),
      action: { label: t("notifications.email.weeklyAll"), href: "/follow-ups?assignee=me" },
      reason: t("notifications.email.weeklyReason"),
      unsubscribe: { label: t("notifications.email.unsubscribe", { topic: topicName }), scope: "REMINDERS" },
      preferencesLabel: t("notifications.email.preferences"),
    },
    locale,
  );
}
