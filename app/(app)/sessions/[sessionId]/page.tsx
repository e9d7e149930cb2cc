import Link from "next/link";
import { getFormatter, getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { MinutesCard } from "@/components/committees/minutes-card";
import { AddEntryForm, DecisionForm, EntryControls, SessionStatusButton } from "@/components/committees/session-forms";
import { SessionHomeTimes } from "@/components/committees/session-home-times";
import { CancelSessionForm, RescheduleSessionForm } from "@/components/committees/session-schedule-forms";
import { SessionAttendees } from "@/components/delegations/attendees-list";
import { DelegationsCard } from "@/components/delegations/delegations-card";
import { DocumentsSection } from "@/components/documents/documents-section";
import { DecisionDelegation } from "@/components/subcommittees/decision-delegation";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { dateTimeOptions } from "@/components/ui/date-time";
import { FocusOnArrival } from "@/components/ui/focus-on-arrival";
import { TextLink } from "@/components/ui/text-link";
import { getMinutes } from "@/lib/committees/minutes";
import { plannedStartDistance } from "@/lib/committees/planned-start";
import { getSession } from "@/lib/committees/sessions";
import { decisionDelegations } from "@/lib/committees/subcommittees";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";
import { clock } from "@/lib/time/clock";
import { minutesBetween, utcToZonedInput } from "@/lib/time/zones";

export default async function SessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { sessionId } = await params;
  const query = await searchParams;
  const focus = typeof query.focus === "string" ? query.focus : undefined;
  const session = await orNotFound(getSession(user, sessionId));
  const minutes = await getMinutes(user, session.id);
  const delegations = await decisionDelegations(
    user,
    session.committeeId,
    session.decisions.map((d) => d.id),
  );
  const t = await getTranslations("committees");
  const tMinutes = await getTranslations("minutes");
  const tSeries = await getTranslations("series");
  const format = await getFormatter();
  const manager = session.can.manage;
  const length = minutesBetween(session.startsAt, session.endsAt);
  const total = session.entries.reduce((sum, e) => sum + e.durationMinutes, 0);
  // In the reader's zone; the line under the header gives it at each side's home.
  const zone = await getTimeZone();
  const when = (d: Date) => format.dateTime(d, dateTimeOptions(zone));
  const distance = plannedStartDistance(session.startsAt, clock.now(), await getLocale());
  const farFromPlan = distance ? t("startFarFromPlan", { when: when(session.startsAt), distance }) : undefined;
  const open = session.status === "PLANNED" || session.status === "IN_SESSION";
  return (
    <>
      <PageHeader
        title={session.title}
        description={`${session.committee.name} · ${t("when", { start: when(session.startsAt), end: when(session.endsAt), timeZone: zone })}`}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <Badge
              tone={
                session.status === "CANCELLED"
                  ? "red"
                  : session.status === "HELD"
                    ? "slate"
                    : session.status === "IN_SESSION"
                      ? "green"
                      : "blue"
              }
            >
              {t(`sessionStatus.${session.status}`)}
            </Badge>
            <Link href={`/sessions/${session.id}/pack`} className={buttonClass("secondary")}>
              {t("pack")}
            </Link>
            <a href={`/api/sessions/${session.id}/ics`} className={buttonClass("secondary")} download>
              {t("downloadIcs")}
            </a>
            {manager && session.status === "PLANNED" && (
              <SessionStatusButton
                sessionId={session.id}
                version={session.version}
                status="IN_SESSION"
                title={session.title}
                farFromPlan={farFromPlan}
              />
            )}
            {manager && session.status === "HELD" && (
              <Link href={`/sessions/${session.id}/plan-next`} className={buttonClass("primary")}>
                {tSeries("planNext")}
              </Link>
            )}
            {manager && session.status === "IN_SESSION" && (
              <SessionStatusButton
                sessionId={session.id}
                version={session.version}
                status="HELD"
                title={session.title}
              />
            )}
          </div>
        }
      />
      <div className="-mt-4 mb-6 space-y-1 text-sm text-slate-600">
        <SessionHomeTimes startsAt={session.startsAt} sides={session.committee.sides} className="" />
        <p>
          {session.place}
          {session.onlineUrl && (
            <>
              {session.place && " · "}
              <TextLink href={session.onlineUrl} kind="external">
                {t("online")}
              </TextLink>
            </>
          )}
          {(session.place || session.onlineUrl) && " · "}
          <TextLink href={`/committees/${session.committeeId}`}>{t("back")}</TextLink>
        </p>
      </div>

      <Card title={t("agenda")}>
        <p
          className={`mb-3 text-sm ${total > length ? "font-medium text-red-700" : "text-slate-600"}`}
          role={total > length ? "alert" : undefined}
        >
          {t("totalTime", { minutes: total, length })}
          {total > length && ` — ${t("overrun", { minutes: total - length })}`}
        </p>
        {session.entries.length ? (
          <ol className="space-y-4">
            {session.entries.map((entry, i) => {
              const decision = session.decisions.find((d) => d.agendaItemId === entry.agendaItemId);
              return (
                <li key={entry.id} className="rounded-md border border-slate-200 p-3">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <p className="font-medium">
                      {i + 1}.{" "}
                      <TextLink href={`/agenda-items/${entry.agendaItem.id}`}>{entry.agendaItem.title}</TextLink>
                    </p>
                    <p className="text-sm text-slate-600">
                      {entry.durationMinutes} {t("minutesShort")}
                      {entry.presenter && ` · ${entry.presenter}`}
                    </p>
                  </div>
                  {decision && (
                    <p className="mt-2 text-sm">
                      <Badge tone="green">{t(`decisionTypes.${decision.type}`)}</Badge> {decision.text}
                    </p>
                  )}
                  {decision && (
                    <DecisionDelegation
                      decisionId={decision.id}
                      title={entry.agendaItem.title}
                      delegations={delegations}
                    />
                  )}
                  {manager && open && (
                    <div className="mt-3">
                      <EntryControls sessionId={session.id} entry={entry} title={entry.agendaItem.title} />
                    </div>
                  )}
                  {manager && (session.status === "IN_SESSION" || session.status === "HELD") && (
                    <div className="mt-3 border-t border-slate-100 pt-3">
                      <DecisionForm
                        sessionId={session.id}
                        agendaItemId={entry.agendaItem.id}
                        title={entry.agendaItem.title}
                        current={decision}
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        ) : (
          <EmptyState>{t("emptyAgenda")}</EmptyState>
        )}
        {manager && open && (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <h3 className="mb-2 text-sm font-semibold">{t("addFromBacklog")}</h3>
            {session.backlog.length ? (
              <AddEntryForm sessionId={session.id} backlog={session.backlog} />
            ) : (
              <p className="text-sm text-slate-600">{t("backlogEmpty")}</p>
            )}
          </div>
        )}
        {manager && session.status === "PLANNED" && session.entries.length > 0 && (
          <p className="mt-3 text-xs text-slate-500">{t("decisionsOpenWhen")}</p>
        )}
      </Card>
      {manager && session.status === "PLANNED" && (
        <details className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <summary className="cursor-pointer text-sm font-semibold">{t("reschedule")}</summary>
          <div className="mt-4 grid gap-6 lg:grid-cols-3">
            <div className="lg:col-span-2">
              <RescheduleSessionForm
                session={{
                  id: session.id,
                  version: session.version,
                  title: session.title,
                  startsAt: utcToZonedInput(session.startsAt, session.timeZone),
                  endsAt: utcToZonedInput(session.endsAt, session.timeZone),
                  timeZone: session.timeZone,
                  place: session.place,
                  onlineUrl: session.onlineUrl,
                }}
              />
            </div>
            <div>
              <h3 className="mb-2 text-sm font-semibold">{t("cancelSession")}</h3>
              <CancelSessionForm sessionId={session.id} version={session.version} />
            </div>
          </div>
        </details>
      )}
      <div className="mt-6">
        <DelegationsCard user={user} sessionId={session.id} />
      </div>
      <section id="minutes" tabIndex={-1} aria-label={tMinutes("title")} className="mt-6 scroll-mt-4">
        <MinutesCard sessionId={session.id} minutes={minutes} />
        <SessionAttendees user={user} sessionId={session.id} />
      </section>
      <div className="mt-6">
        <DocumentsSection actor={user} parent={{ kind: "SESSION", id: session.id }} searchParams={query} />
      </div>
      {/* Links that ask for the minutes (approval requests) land on them, even through sign-in. */}
      {focus === "minutes" && <FocusOnArrival targetId="minutes" />}
    </>
  );
}
