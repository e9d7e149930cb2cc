import Link from "next/link";
import { getFormatter, getTimeZone, getTranslations } from "next-intl/server";
import { TlpBadge } from "@/components/briefs/brief-badges";
import { PrintButton } from "@/components/bulletins/print-button";
import { SessionHomeTimes } from "@/components/committees/session-home-times";
import { PackConsultations } from "@/components/consultations/pack-consultations";
import { AttendeesList } from "@/components/delegations/attendees-list";
import { PackItemPapers, PackSessionDocuments } from "@/components/documents/pack-papers";
import { DownloadLinks } from "@/components/exports/download-links";
import { Markdown } from "@/components/markdown";
import { PackReport } from "@/components/subcommittees/report-progress";
import { dateTimeOptions } from "@/components/ui/date-time";
import { TextLink } from "@/components/ui/text-link";
import { getSessionPack } from "@/lib/committees/pack";
import { packRounds } from "@/lib/consultations/service";
import { followUpHealth } from "@/lib/followups/health";
import { openFollowUpsByAgendaItem } from "@/lib/followups/list";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

export default async function SessionPackPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const user = await requireUser();
  const { sessionId } = await params;
  const { session, previous, attendees, papers, reports } = await orNotFound(getSessionPack(user, sessionId));
  const followUps = await openFollowUpsByAgendaItem(
    user,
    session.entries.map((e) => e.agendaItem.id),
  );
  const consultations = await packRounds(
    user,
    session.committeeId,
    session.entries.map((e) => e.agendaItem.id),
  );
  const t = await getTranslations("pack");
  const tc = await getTranslations("committees");
  const tf = await getTranslations("followUps");
  const format = await getFormatter();
  const zone = await getTimeZone();
  const when = (d: Date) => format.dateTime(d, dateTimeOptions(zone));
  return (
    <article className="mx-auto max-w-3xl space-y-8 rounded-lg bg-white p-6 shadow-sm print:p-0 print:shadow-none">
      <div className="no-print flex justify-between">
        <TextLink href={`/sessions/${session.id}`} className="text-sm">
          {t("back")}
        </TextLink>
        <div className="flex flex-wrap gap-2">
          <DownloadLinks href={`/api/sessions/${session.id}/pack`} />
          <PrintButton label={t("print")} />
        </div>
      </div>
      <header className="border-b-2 border-slate-900 pb-4">
        <p className="text-sm uppercase tracking-wide text-slate-600">{session.committee.name}</p>
        <h1 className="mt-1 text-2xl font-bold">{t("title", { session: session.title })}</h1>
        <p className="mt-1 text-sm">
          {when(session.startsAt)}
          {session.place && ` · ${session.place}`}
        </p>
        <SessionHomeTimes startsAt={session.startsAt} sides={session.committee.sides} />
        <p className="text-sm text-slate-600">{session.committee.sides.map((s) => s.name).join(" · ")}</p>
      </header>

      <AttendeesList sides={attendees} />
      <PackSessionDocuments documents={papers.sessionDocuments} />

      <section aria-labelledby="pack-agenda" className="space-y-6">
        <h2 id="pack-agenda" className="text-xl font-semibold">
          {tc("agenda")}
        </h2>
        {session.entries.length === 0 && <p className="text-sm text-slate-600">{tc("emptyAgenda")}</p>}
        {session.entries.map((entry, i) => (
          <div key={entry.id} className="print-avoid-break space-y-2 border-b border-slate-200 pb-4">
            <h3 className="text-lg font-semibold">
              {i + 1}. {entry.agendaItem.title}
              <span className="ml-2 text-sm font-normal text-slate-600">
                {entry.durationMinutes} {tc("minutesShort")}
                {entry.presenter && ` · ${entry.presenter}`}
              </span>
            </h3>
            {entry.agendaItem.description && <p className="text-sm text-slate-700">{entry.agendaItem.description}</p>}
            <PackReport report={reports.get(entry.agendaItem.id)} />
            <div>
              <h4 className="text-sm font-semibold">{tc("linkedBriefs")}</h4>
              {entry.agendaItem.briefs.length ? (
                <ul className="list-disc pl-5 text-sm">
                  {entry.agendaItem.briefs.map(({ brief }) => (
                    <li key={brief.id}>
                      <Link href={`/briefs/${brief.id}`} className="hover:underline">
                        {brief.title}
                      </Link>{" "}
                      <TlpBadge distribution={brief.distribution} />
                      {brief.summary && <p className="text-xs text-slate-600">{brief.summary}</p>}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-xs text-slate-500">{tc("noBriefs")}</p>
              )}
            </div>
            <PackItemPapers papers={papers.items[entry.agendaItem.id]} />
            <div>
              <h4 className="text-sm font-semibold">{t("openFollowUps")}</h4>
              {followUps.get(entry.agendaItem.id)?.length ? (
                <ul className="text-sm">
                  {followUps.get(entry.agendaItem.id)?.map((f) => {
                    const overdue = followUpHealth(f) === "OVERDUE";
                    return (
                      <li key={f.id} className={overdue ? "font-semibold text-red-800" : ""}>
                        {f.title} — {tf(`statuses.${f.status}`)}, {f.progress}%,{" "}
                        {format.dateTime(f.dueDate, { dateStyle: "medium", timeZone: "UTC" })}
                        {overdue && ` (${tf("overdue")})`} · {f.leads.map((l) => l.institution.shortName).join(", ")}
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="text-xs text-slate-500">{tc("noFollowUps")}</p>
              )}
            </div>
            <PackConsultations rounds={consultations.get(entry.agendaItem.id) ?? []} />
          </div>
        ))}
      </section>

      <section aria-labelledby="pack-previous" className="print-break-before space-y-3">
        <h2 id="pack-previous" className="text-xl font-semibold">
          {t("previous")}
        </h2>
        {previous ? (
          <>
            <p className="text-sm">
              {previous.title} · {when(previous.startsAt)}
            </p>
            <h3 className="text-base font-semibold">{t("decisions")}</h3>
            {previous.decisions.length ? (
              <ul className="list-disc pl-5 text-sm">
                {previous.decisions.map((d) => (
                  <li key={d.id}>
                    <strong>{d.agendaItem.title}</strong>: {tc(`decisionTypes.${d.type}`)} — {d.text}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t("noDecisions")}</p>
            )}
            <h3 className="text-base font-semibold">{t("approvedMinutes")}</h3>
            {previous.minutes[0] ? (
              <Markdown className="text-sm">{previous.minutes[0].text}</Markdown>
            ) : (
              <p className="text-sm text-slate-600">{t("noMinutes")}</p>
            )}
          </>
        ) : (
          <p className="text-sm text-slate-600">{t("noPrevious")}</p>
        )}
      </section>
    </article>
  );
}
