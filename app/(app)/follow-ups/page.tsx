import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DeleteSavedSearchButton, SaveSearchForm } from "@/components/briefs/saved-search-forms";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filters";
import { Table, Td } from "@/components/ui/table";
import { MoreLink, TextLink } from "@/components/ui/text-link";
import { followUpHealth } from "@/lib/followups/health";
import { followUpFilterOptions, listFollowUps } from "@/lib/followups/list";
import { FOLLOW_UP_STATUSES, followUpFiltersSchema, followUpQueryString } from "@/lib/followups/schemas";
import { listSavedSearches } from "@/lib/saved-views/service";
import { requireUser } from "@/lib/server/session";

export default async function FollowUpsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const filters = followUpFiltersSchema.parse(await searchParams);
  const [page, options, saved] = await Promise.all([
    listFollowUps(user, filters),
    followUpFilterOptions(user, await getLocale()),
    listSavedSearches(user, "follow-ups"),
  ]);
  const t = await getTranslations("followUps");
  const tc = await getTranslations("committees");
  const format = await getFormatter();
  const query = followUpQueryString(filters);
  const mine = filters.assignee === "me";
  return (
    <>
      <PageHeader
        title={mine ? t("mine") : t("title")}
        description={t("description")}
        actions={
          <div className="flex gap-2">
            <a href={`/api/follow-ups/export${query ? `?${query}` : ""}`} className={buttonClass("secondary")} download>
              {t("exportCsv")}
            </a>
            <Link href={`/follow-ups/board${query ? `?${query}` : ""}`} className={buttonClass("secondary")}>
              {t("board")}
            </Link>
            <Link href={mine ? "/follow-ups" : "/follow-ups?assignee=me"} className={buttonClass("secondary")}>
              {mine ? t("all") : t("mine")}
            </Link>
          </div>
        }
      />
      <Card>
        <FilterForm
          label={t("filters")}
          apply={t("apply")}
          clear={{ href: "/follow-ups", label: t("clear") }}
          className="mb-4 grid grid-cols-2 items-end gap-2 sm:grid-cols-4"
        >
          <FilterSelect
            name="committee"
            label={t("committee")}
            any={t("anyCommittee")}
            value={filters.committee}
            options={options.committees.map((c) => ({ value: c.id, label: c.name }))}
          />
          <FilterSelect
            name="institution"
            label={t("institution")}
            any={t("anyInstitution")}
            value={filters.institution}
            options={options.institutions.map((i) => ({ value: i.id, label: i.shortName }))}
          />
          <FilterSelect
            name="assignee"
            label={t("assignee")}
            any={t("anyone")}
            value={filters.assignee}
            options={[{ value: "me", label: t("me") }, ...options.people.map((p) => ({ value: p.id, label: p.name }))]}
          />
          <FilterSelect
            name="status"
            label={t("status")}
            any={t("anyStatus")}
            value={filters.status[0]}
            options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          />
          <FilterSelect
            name="area"
            label={t("area")}
            any={t("anyArea")}
            value={filters.area}
            options={options.areas.map((a) => ({ value: a.key, label: a.name }))}
          />
          <FilterInput name="dueFrom" type="date" label={t("dueFrom")} value={filters.dueFrom} />
          <FilterInput name="dueTo" type="date" label={t("dueTo")} value={filters.dueTo} />
          <label className="flex items-end gap-2 pb-1.5 text-sm">
            <input type="checkbox" name="overdue" value="1" defaultChecked={!!filters.overdue} />
            {t("overdueOnly")}
          </label>
        </FilterForm>
        <Table
          caption={t("caption")}
          columns={[
            t("titleCol"),
            t("due"),
            t("status"),
            t("leads"),
            t("assignees"),
            { label: t("progress"), align: "end" },
          ]}
          empty={t("empty")}
        >
          {page.items.map((f) => {
            const health = followUpHealth(f);
            return (
              <tr key={f.id} className={health === "OVERDUE" ? "bg-red-50" : undefined}>
                <Td>
                  <TextLink href={`/follow-ups/${f.id}`} className="font-medium">
                    {f.title}
                  </TextLink>
                  <div className="text-xs text-slate-500">
                    {[f.committee.name, f.agendaItem?.title].filter(Boolean).join(" · ")}
                  </div>
                </Td>
                <Td nowrap>
                  {format.dateTime(f.dueDate, { dateStyle: "medium", timeZone: "UTC" })}
                  {health === "OVERDUE" && (
                    <div>
                      <Badge tone="red">{t("overdue")}</Badge>
                    </div>
                  )}
                  {health === "AT_RISK" && (
                    <div>
                      <Badge tone="amber">{tc("health.AT_RISK")}</Badge>
                    </div>
                  )}
                </Td>
                <Td>{t(`statuses.${f.status}`)}</Td>
                <Td>{f.leads.map((l) => l.institution.shortName).join(", ")}</Td>
                <Td>{f.assignees.map((a) => a.user.name).join(", ")}</Td>
                <Td align="end">{f.progress}%</Td>
              </tr>
            );
          })}
        </Table>
        {page.nextCursor && (
          <MoreLink href={`/follow-ups?${query ? `${query}&` : ""}cursor=${encodeURIComponent(page.nextCursor)}`}>
            {t("more")}
          </MoreLink>
        )}
      </Card>
      <Card title={t("savedViews")} className="mt-6">
        {saved.length ? (
          <ul className="mb-4 flex flex-wrap gap-3 text-sm">
            {saved.map((s) => (
              <li key={s.id} className="flex items-center gap-1">
                <TextLink href={`/follow-ups${s.query ? `?${s.query}` : ""}`}>{s.name}</TextLink>
                <DeleteSavedSearchButton id={s.id} name={s.name} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4 text-sm text-slate-600">{t("noSavedViews")}</p>
        )}
        {query && <SaveSearchForm query={query} scope="follow-ups" label={t("saveView")} />}
      </Card>
    </>
  );
}
