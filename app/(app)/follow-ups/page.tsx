import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DeleteSavedSearchButton, SaveSearchForm } from "@/components/briefs/saved-search-forms";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { followUpHealth } from "@/lib/followups/health";
import { followUpFilterOptions, listFollowUps } from "@/lib/followups/list";
import { FOLLOW_UP_STATUSES, followUpFiltersSchema, followUpQueryString } from "@/lib/followups/schemas";
import { listSavedSearches } from "@/lib/saved-views/service";
import { requireUser } from "@/lib/server/session";

const control = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

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
        <form method="get" className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-4" aria-label={t("filters")}>
          <div>
            <label htmlFor="fu-committee" className="block text-xs font-medium">
              {t("committee")}
            </label>
            <select id="fu-committee" name="committee" defaultValue={filters.committee ?? ""} className={control}>
              <option value="">{t("anyCommittee")}</option>
              {options.committees.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="fu-institution" className="block text-xs font-medium">
              {t("institution")}
            </label>
            <select id="fu-institution" name="institution" defaultValue={filters.institution ?? ""} className={control}>
              <option value="">{t("anyInstitution")}</option>
              {options.institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.shortName}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="fu-assignee" className="block text-xs font-medium">
              {t("assignee")}
            </label>
            <select id="fu-assignee" name="assignee" defaultValue={filters.assignee ?? ""} className={control}>
              <option value="">{t("anyone")}</option>
              <option value="me">{t("me")}</option>
              {options.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="fu-status" className="block text-xs font-medium">
              {t("status")}
            </label>
            <select id="fu-status" name="status" defaultValue={filters.status[0] ?? ""} className={control}>
              <option value="">{t("anyStatus")}</option>
              {FOLLOW_UP_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="fu-area" className="block text-xs font-medium">
              {t("area")}
            </label>
            <select id="fu-area" name="area" defaultValue={filters.area ?? ""} className={control}>
              <option value="">{t("anyArea")}</option>
              {options.areas.map((a) => (
                <option key={a.key} value={a.key}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="fu-from" className="block text-xs font-medium">
              {t("dueFrom")}
            </label>
            <input id="fu-from" name="dueFrom" type="date" defaultValue={filters.dueFrom} className={control} />
          </div>
          <div>
            <label htmlFor="fu-to" className="block text-xs font-medium">
              {t("dueTo")}
            </label>
            <input id="fu-to" name="dueTo" type="date" defaultValue={filters.dueTo} className={control} />
          </div>
          <label className="flex items-end gap-2 pb-1.5 text-sm">
            <input type="checkbox" name="overdue" value="1" defaultChecked={!!filters.overdue} />
            {t("overdueOnly")}
          </label>
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClass("primary", "sm")}>
              {t("apply")}
            </button>
            <Link href="/follow-ups" className="text-sm text-brand-700 hover:underline">
              {t("clear")}
            </Link>
          </div>
        </form>
        {page.items.length ? (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("caption")}</caption>
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("titleCol")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("due")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("status")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("leads")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("assignees")}
                  </th>
                  <th scope="col" className="py-2 text-right">
                    {t("progress")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {page.items.map((f) => {
                  const health = followUpHealth(f);
                  return (
                    <tr key={f.id} className={health === "OVERDUE" ? "bg-red-50" : undefined}>
                      <td className="py-2 pr-3">
                        <Link href={`/follow-ups/${f.id}`} className="font-medium text-brand-700 hover:underline">
                          {f.title}
                        </Link>
                        <div className="text-xs text-slate-500">
                          {[f.committee.name, f.agendaItem?.title].filter(Boolean).join(" · ")}
                        </div>
                      </td>
                      <td className="whitespace-nowrap py-2 pr-3">
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
                      </td>
                      <td className="py-2 pr-3">{t(`statuses.${f.status}`)}</td>
                      <td className="py-2 pr-3">{f.leads.map((l) => l.institution.shortName).join(", ")}</td>
                      <td className="py-2 pr-3">{f.assignees.map((a) => a.user.name).join(", ")}</td>
                      <td className="py-2 text-right">{f.progress}%</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState>{t("empty")}</EmptyState>
        )}
        {page.nextCursor && (
          <Link
            className="mt-3 inline-block text-sm text-brand-700 hover:underline"
            href={`/follow-ups?${query ? `${query}&` : ""}cursor=${encodeURIComponent(page.nextCursor)}`}
          >
            {t("more")}
          </Link>
        )}
      </Card>
      <Card title={t("savedViews")} className="mt-6">
        {saved.length ? (
          <ul className="mb-4 flex flex-wrap gap-3 text-sm">
            {saved.map((s) => (
              <li key={s.id} className="flex items-center gap-1">
                <Link href={`/follow-ups${s.query ? `?${s.query}` : ""}`} className="text-brand-700 hover:underline">
                  {s.name}
                </Link>
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
