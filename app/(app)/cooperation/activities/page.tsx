import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { cooperationFiltersSchema, FIELDS, MODES } from "@/lib/cooperation/schemas";
import { listActivities, readableWorkspaces, recordingWorkspaces } from "@/lib/cooperation/service";
import { countryName, countryOptions } from "@/lib/reference/country-names";
import { requireUser } from "@/lib/server/session";

const select = "rounded-md border border-slate-300 px-2 py-1.5 text-sm";

export default async function ActivitiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireUser();
  const filters = cooperationFiltersSchema.parse(await searchParams);
  const [page, workspaces, recording, t, format, locale] = await Promise.all([
    listActivities(user, filters),
    readableWorkspaces(user),
    recordingWorkspaces(user),
    getTranslations("cooperation"),
    getFormatter(),
    getLocale(),
  ]);
  const query = new URLSearchParams(
    Object.entries({ ...filters, cursor: undefined }).filter((e): e is [string, string] => !!e[1]),
  );
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <PageHeader
        title={t("registry")}
        description={t("registryDescription")}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/cooperation" className={buttonClass("secondary")}>
              {t("statsTitle")}
            </Link>
            {recording.length > 0 && (
              <Link href="/cooperation/import" className={buttonClass("secondary")}>
                {t("import")}
              </Link>
            )}
            {recording.length > 0 && (
              <Link href="/cooperation/activities/new" className={buttonClass("primary")}>
                {t("record")}
              </Link>
            )}
          </div>
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2" aria-label={t("filters")}>
        <div>
          <label htmlFor="a-q" className="block text-sm font-medium">
            {t("search")}
          </label>
          <input id="a-q" name="q" type="search" defaultValue={filters.q} className={select} />
        </div>
        {workspaces.length > 1 && (
          <FilterSelect
            name="workspace"
            label={t("workspace")}
            value={filters.workspace}
            empty={t("allWorkspaces")}
            options={workspaces.map((w) => ({ value: w.id, label: w.name }))}
          />
        )}
        <FilterSelect
          name="country"
          label={t("partnerCountry")}
          value={filters.country}
          empty={t("any")}
          options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
        />
        <FilterSelect
          name="field"
          label={t("field")}
          value={filters.field}
          empty={t("any")}
          options={FIELDS.map((f) => ({ value: f, label: t(`fields.${f}`) }))}
        />
        <FilterSelect
          name="mode"
          label={t("mode")}
          value={filters.mode}
          empty={t("any")}
          options={MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
        />
        <button type="submit" className={buttonClass("secondary", "sm")}>
          {t("apply")}
        </button>
      </form>
      <Card>
        <p role="status" className="mb-3 text-sm text-slate-600">
          {t("count", { count: page.total })}
        </p>
        {page.items.length ? (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("registry")}</caption>
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("organisation")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("partner")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("field")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("modesField")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("period")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {page.items.map((a) => (
                  <tr key={a.id} className="align-top">
                    <td className="py-2 pr-3">
                      <Link
                        href={`/cooperation/activities/${a.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {a.organisation}
                      </Link>
                      <div className="text-xs text-slate-500">{t(`organisationTypes.${a.organisationType}`)}</div>
                    </td>
                    <td className="py-2 pr-3">
                      {a.partner}
                      <div className="text-xs text-slate-500">{`${t(`partnerTypes.${a.partnerType}`)} · ${countryName(a.partnerCountryCode, locale)}`}</div>
                    </td>
                    <td className="py-2 pr-3 whitespace-nowrap">{t(`fields.${a.field}`)}</td>
                    <td className="py-2 pr-3">{format.list(a.modes.map((m) => t(`modes.${m}`)))}</td>
                    <td className="whitespace-nowrap py-2 pr-3">
                      {a.endDate
                        ? `${date(a.startDate)} – ${date(a.endDate)}`
                        : t("since", { date: date(a.startDate) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState>{recording.length ? t("emptyRegistry") : t("emptyRegistryReader")}</EmptyState>
        )}
        {page.nextCursor && (
          <Link
            className="mt-3 inline-block text-sm text-brand-700 hover:underline"
            href={`/cooperation/activities?${query.toString() ? `${query}&` : ""}cursor=${page.nextCursor}`}
          >
            {t("more")}
          </Link>
        )}
      </Card>
    </>
  );
}

function FilterSelect({
  name,
  label,
  value,
  empty,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  empty: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={`a-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`a-${name}`} name={name} defaultValue={value ?? ""} className={select}>
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
