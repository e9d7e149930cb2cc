import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ProposeItemForm, SessionForm } from "@/components/committees/committee-forms";
import { WatchControl } from "@/components/notifications/watch-control";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { committeeScorecard } from "@/lib/committees/scorecard";
import { getCommittee } from "@/lib/committees/service";
import { countryName } from "@/lib/countries/names";
import { canWorkspace } from "@/lib/server/authz";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";
import { areaName } from "@/lib/taxonomy/defaults";
import { listAreas } from "@/lib/taxonomy/service";

const HEALTH = ["ON_TRACK", "AT_RISK", "OVERDUE", "DONE"] as const;
const TONE = { ON_TRACK: "green", AT_RISK: "amber", OVERDUE: "red", DONE: "slate" } as const;

export default async function CommitteePage({ params }: { params: Promise<{ committeeId: string }> }) {
  const user = await requireUser();
  const locale = await getLocale();
  const { committeeId } = await params;
  const [committee, score] = await Promise.all([
    orNotFound(getCommittee(user, committeeId)),
    orNotFound(committeeScorecard(user, committeeId)),
  ]);
  const areas = await listAreas(user, committee.workspaceId);
  const t = await getTranslations("committees");
  const tf = await getTranslations("followUps");
  const format = await getFormatter();
  const manager = canWorkspace(committee.role, "committee.manage");
  const zone = committee.sessions[0]?.timeZone ?? "Asia/Seoul";
  return (
    <>
      <PageHeader
        title={committee.name}
        description={`${t(`kinds.${committee.kind}`)} · ${committee.countries.map((c) => countryName(c.countryCode, locale)).join(" – ")} · ${committee.workspace.name}`}
        actions={
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <WatchControl actor={user} target="COMMITTEE" targetKey={committee.id} />
            <Link href={`/follow-ups?committee=${committee.id}`} className="text-brand-700 hover:underline">
              {t("followUps")}
            </Link>
            <Link href={`/committees/${committee.id}/scorecard`} className="text-brand-700 hover:underline">
              {t("fullScorecard")}
            </Link>
            {canWorkspace(committee.role, "followup.manage") && (
              <Link href={`/committees/${committee.id}/import`} className="text-brand-700 hover:underline">
                {tf("import")}
              </Link>
            )}
          </div>
        }
      />
      {committee.agreementTitle && (
        <p className="-mt-4 mb-4 text-sm text-slate-600">
          {committee.agreementDate
            ? t("agreement", {
                title: committee.agreementTitle,
                date: format.dateTime(committee.agreementDate, { dateStyle: "long", timeZone: "UTC" }),
              })
            : committee.agreementTitle}
        </p>
      )}
      {committee.description && <p className="mb-6 max-w-3xl text-sm text-slate-700">{committee.description}</p>}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={t("scorecard")}>
            <ul className="mb-4 flex flex-wrap gap-3" aria-label={t("scorecard")}>
              {HEALTH.map((h) => (
                <li key={h}>
                  <Badge tone={TONE[h]}>{`${t(`health.${h}`)}: ${score.health[h]}`}</Badge>
                </li>
              ))}
            </ul>
            {committee.agendaItems.length ? (
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">{t("scoreCaption")}</caption>
                  <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                    <tr>
                      <th scope="col" className="py-2 pr-3">
                        {t("agendaItem")}
                      </th>
                      <th scope="col" className="py-2 pr-3">
                        {t("status")}
                      </th>
                      {HEALTH.map((h) => (
                        <th key={h} scope="col" className="py-2 pr-3 text-right">
                          {t(`health.${h}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {committee.agendaItems.map((item) => {
                      const itemScore = score.byItem.get(item.id)?.health;
                      return (
                        <tr key={item.id}>
                          <td className="py-2 pr-3">
                            <Link href={`/agenda-items/${item.id}`} className="text-brand-700 hover:underline">
                              {item.title}
                            </Link>
                            <div className="text-xs text-slate-500">
                              {[item.proposingSide?.name, t("discussed", { count: item._count.entries })]
                                .filter(Boolean)
                                .join(" · ")}
                            </div>
                          </td>
                          <td className="py-2 pr-3">{t(`itemStatus.${item.status}`)}</td>
                          {HEALTH.map((h) => (
                            <td
                              key={h}
                              className={`py-2 pr-3 text-right ${h === "OVERDUE" && itemScore?.[h] ? "font-semibold text-red-700" : ""}`}
                            >
                              {itemScore?.[h] ?? 0}
                            </td>
                          ))}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            ) : (
              <EmptyState>{t("noAgendaItems")}</EmptyState>
            )}
          </Card>

          <Card title={t("sessions")}>
            {committee.sessions.length ? (
              <ul className="divide-y divide-slate-100">
                {committee.sessions.map((s) => (
                  <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <div>
                      <Link href={`/sessions/${s.id}`} className="font-medium text-brand-700 hover:underline">
                        {s.title}
                      </Link>
                      <p className="text-xs text-slate-500">
                        {format.dateTime(s.startsAt, { dateStyle: "medium", timeStyle: "short", timeZone: s.timeZone })}{" "}
                        ({s.timeZone}){s.place && ` · ${s.place}`}
                      </p>
                    </div>
                    <Badge tone={s.status === "HELD" ? "slate" : s.status === "IN_SESSION" ? "green" : "blue"}>
                      {t(`sessionStatus.${s.status}`)}
                    </Badge>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>{t("noSessions")}</EmptyState>
            )}
          </Card>
        </div>

        <div className="space-y-6">
          <Card title={t("sides")}>
            <ul className="space-y-3 text-sm">
              {committee.sides.map((side) => (
                <li key={side.id}>
                  <p className="font-medium">{side.name}</p>
                  <p className="text-slate-700">{side.institutions.map((i) => i.institution.shortName).join(", ")}</p>
                  {side.coChairs.length > 0 && (
                    <p className="text-xs text-slate-500">
                      {t("coChairs", { names: side.coChairs.map((c) => c.user.name).join(", ") })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </Card>
          {manager && (
            <Card title={t("planSession")}>
              <SessionForm committeeId={committee.id} defaultZone={zone} />
            </Card>
          )}
          {canWorkspace(committee.role, "agenda.propose") && (
            <Card title={t("propose")}>
              <ProposeItemForm
                committeeId={committee.id}
                sides={committee.sides.map((s) => ({ id: s.id, name: s.name }))}
                areas={areas.map((a) => ({ id: a.id, name: areaName(a, locale) }))}
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
