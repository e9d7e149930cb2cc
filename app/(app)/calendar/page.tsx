import { getFormatter, getTimeZone, getTranslations } from "next-intl/server";
import { CalendarFeedForms } from "@/components/calendar/feed-forms";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { dateTimeOptions } from "@/components/ui/date-time";
import { TextLink } from "@/components/ui/text-link";
import { calendarEntries, hasCalendarFeed } from "@/lib/calendar/service";
import { followUpHealth } from "@/lib/followups/health";
import { requireUser } from "@/lib/server/session";

interface Entry {
  key: string;
  when: Date;
  /** The zone its day is read in: a session's instant in the reader's zone; a due date is a date. */
  zone: string;
  kind: "session" | "due";
  /** A session's status: planned, held and in-session ones differ by word and icon, not colour alone. */
  status?: "PLANNED" | "IN_SESSION" | "HELD" | "CANCELLED";
  title: string;
  href: string;
  detail: string;
  overdue: boolean;
}

const SESSION_TONE = { PLANNED: "blue", IN_SESSION: "green", HELD: "slate", CANCELLED: "red" } as const;
const SESSION_ICON = { PLANNED: "○", IN_SESSION: "●", HELD: "✓", CANCELLED: "✕" } as const;

export default async function CalendarPage() {
  const user = await requireUser();
  const [{ sessions, followUps }, active] = await Promise.all([calendarEntries(user), hasCalendarFeed(user)]);
  const t = await getTranslations("calendar");
  const format = await getFormatter();
  const zone = await getTimeZone();
  const entries: Entry[] = [
    ...sessions.map((s) => ({
      key: `s-${s.id}`,
      when: s.startsAt,
      zone,
      kind: "session" as const,
      status: s.status,
      title: `${s.committee.name}: ${s.title}`,
      href: `/sessions/${s.id}`,
      detail: `${format.dateTime(s.startsAt, dateTimeOptions(zone))}${s.place ? ` · ${s.place}` : ""}`,
      overdue: false,
    })),
    ...followUps.map((f) => ({
      key: `f-${f.id}`,
      when: f.dueDate,
      zone: "UTC",
      kind: "due" as const,
      title: f.title,
      href: `/follow-ups/${f.id}`,
      detail: f.committee.name,
      overdue: followUpHealth(f) === "OVERDUE",
    })),
  ].sort((a, b) => a.when.getTime() - b.when.getTime());
  const months = new Map<string, Entry[]>();
  for (const e of entries) {
    const month = format.dateTime(e.when, { year: "numeric", month: "long", timeZone: e.zone });
    months.set(month, [...(months.get(month) ?? []), e]);
  }
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {entries.length === 0 && <EmptyState>{t("empty")}</EmptyState>}
          {[...months].map(([month, items]) => (
            <Card key={month} title={month}>
              <ul className="divide-y divide-slate-100">
                {items.map((e) => (
                  <li
                    key={e.key}
                    className={`flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2 text-sm ${e.overdue ? "text-red-800" : e.status === "HELD" ? "text-slate-500" : ""}`}
                  >
                    <span className="w-24 shrink-0 font-medium">
                      {format.dateTime(e.when, { day: "numeric", weekday: "short", timeZone: e.zone })}
                    </span>
                    {e.status ? (
                      <Badge tone={SESSION_TONE[e.status]}>
                        <span aria-hidden="true" className="mr-1">
                          {SESSION_ICON[e.status]}
                        </span>
                        {t(`sessionStatus.${e.status}`)}
                      </Badge>
                    ) : (
                      <Badge tone={e.overdue ? "red" : "amber"}>{e.overdue ? t("overdue") : t("due")}</Badge>
                    )}
                    <TextLink href={e.href}>{e.title}</TextLink>
                    <span className="text-xs text-slate-500">{e.detail}</span>
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
        <Card title={t("feed")}>
          <p className="mb-3 text-sm text-slate-700">{t("feedHelp")}</p>
          <p className="mb-3 text-sm text-slate-600">{active ? t("feedActive") : t("feedNone")}</p>
          <CalendarFeedForms active={active} />
        </Card>
      </div>
    </>
  );
}
