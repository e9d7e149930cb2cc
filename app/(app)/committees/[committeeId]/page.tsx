import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ProposeItemForm } from "@/components/committees/agenda-item-forms";
import { ReminderSettingsForm } from "@/components/committees/reminder-settings-form";
import { SessionForm } from "@/components/committees/session-forms";
import { DocumentsSection } from "@/components/documents/documents-section";
import { WatchControl } from "@/components/notifications/watch-control";
import { SeriesCard } from "@/components/series/series-card";
import { SubCommitteeOf, SubCommitteesCard } from "@/components/subcommittees/sub-committees-card";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { Table, Td } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { getCommittee } from "@/lib/committees/service";
import { committeeScorecard } from "@/lib/followups/scorecard";
import { countryName } from "@/lib/reference/country-names";
import { areaName } from "@/lib/reference/technology-areas";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";
import { listAreas } from "@/lib/taxonomy/service";

const HEALTH = ["ON_TRACK", "AT_RISK", "OVERDUE", "DONE"] as const;
const TONE = { ON_TRACK: "green", AT_RISK: "amber", OVERDUE: "red", DONE: "slate" } as const;

export default async function CommitteePage({
  params,
  searchParams,
}: {
  params: Promise<{ committeeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
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
  const tch = await getTranslations("chasers");
  const format = await getFormatter();
  const manager = committee.can.manage;
  // A new session starts in the zone of the last one, else the planner's own.
  const zone = committee.sessions[0]?.timeZone ?? user.timeZone ?? "UTC";
  return (
    <>
      <PageHeader
        title={committee.name}
        description={`${t(`kinds.${committee.kind}`)} · ${committee.countries.map((c) => countryName(c.countryCode, locale)).join(" – ")} · ${committee.workspace.name}`}
        actions={
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <WatchControl actor={user} target="COMMITTEE" targetKey={committee.id} />
            <TextLink href={`/follow-ups?committee=${committee.id}`}>{t("followUps")}</TextLink>
            <TextLink href={`/committees/${committee.id}/scorecard`}>{t("fullScorecard")}</TextLink>
            {committee.can.manageFollowUps && (
              <TextLink href={`/committees/${committee.id}/import`}>{tf("import")}</TextLink>
            )}
          </div>
        }
      />
      <SubCommitteeOf parent={committee.parent} />
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
            <Table
              caption={t("scoreCaption")}
              columns={[
                t("agendaItem"),
                t("status"),
                ...HEALTH.map((h) => ({ label: t(`health.${h}`), align: "end" as const })),
              ]}
              empty={t("noAgendaItems")}
            >
              {committee.agendaItems.map((item) => {
                const itemScore = score.byItem.get(item.id)?.health;
                return (
                  <tr key={item.id}>
                    <Td>
                      <TextLink href={`/agenda-items/${item.id}`}>{item.title}</TextLink>
                      <div className="text-xs text-slate-500">
                        {[item.proposingSide?.name, t("discussed", { count: item._count.entries })]
                          .filter(Boolean)
                          .join(" · ")}
                      </div>
                    </Td>
                    <Td>{t(`itemStatus.${item.status}`)}</Td>
                    {HEALTH.map((h) => (
                      <Td
                        key={h}
                        align="end"
                        className={h === "OVERDUE" && itemScore?.[h] ? "font-semibold text-red-700" : ""}
                      >
                        {itemScore?.[h] ?? 0}
                      </Td>
                    ))}
                  </tr>
                );
              })}
            </Table>
          </Card>

          <Card title={t("sessions")}>
            {committee.sessions.length ? (
              <ul className="divide-y divide-slate-100">
                {committee.sessions.map((s) => (
                  <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <div>
                      <TextLink href={`/sessions/${s.id}`} className="font-medium">
                        {s.title}
                      </TextLink>
                      <p className="text-xs text-slate-500">
                        <DateTime value={s.startsAt} />
                        {s.place && ` · ${s.place}`}
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
          <SubCommitteesCard user={user} committee={committee} />
          {manager && (
            <Card title={t("planSession")}>
              <SessionForm committeeId={committee.id} defaultZone={zone} />
            </Card>
          )}
          <SeriesCard user={user} committeeId={committee.id} />
          {manager && (
            <Card title={tch("settings")}>
              <ReminderSettingsForm
                committeeId={committee.id}
                packDaysBefore={committee.packDaysBefore}
                approvalReminderDays={committee.approvalReminderDays}
              />
            </Card>
          )}
          {committee.can.proposeAgenda && (
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
      <DocumentsSection
        actor={user}
        parent={{ kind: "COMMITTEE", id: committee.id }}
        searchParams={await searchParams}
      />
    </>
  );
}
