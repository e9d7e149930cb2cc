import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filters";
import { Table, Td } from "@/components/ui/table";
import { MoreLink, TextLink } from "@/components/ui/text-link";
import { cooperationFiltersSchema, FIELDS, MODES } from "@/lib/cooperation/schemas";
import { listActivities, readableWorkspaces, recordingWorkspaces } from "@/lib/cooperation/service";
import { countryName, countryOptions } from "@/lib/reference/country-names";
import { requireUser } from "@/lib/server/session";

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
      <FilterForm label={t("filters")} apply={t("apply")} className="mb-4 flex flex-wrap items-end gap-2">
        <FilterInput name="q" type="search" label={t("search")} value={filters.q} />
        {workspaces.length > 1 && (
          <FilterSelect
            name="workspace"
            label={t("workspace")}
            value={filters.workspace}
            any={t("allWorkspaces")}
            options={workspaces.map((w) => ({ value: w.id, label: w.name }))}
          />
        )}
        <FilterSelect
          name="country"
          label={t("partnerCountry")}
          value={filters.country}
          any={t("any")}
          options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
        />
        <FilterSelect
          name="field"
          label={t("field")}
          value={filters.field}
          any={t("any")}
          options={FIELDS.map((f) => ({ value: f, label: t(`fields.${f}`) }))}
        />
        <FilterSelect
          name="mode"
          label={t("mode")}
          value={filters.mode}
          any={t("any")}
          options={MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
        />
      </FilterForm>
      <Card>
        <p role="status" className="mb-3 text-sm text-slate-600">
          {t("count", { count: page.total })}
        </p>
        <Table
          caption={t("registry")}
          columns={[t("organisation"), t("partner"), t("field"), t("modesField"), t("period")]}
          empty={recording.length ? t("emptyRegistry") : t("emptyRegistryReader")}
        >
          {page.items.map((a) => (
            <tr key={a.id}>
              <Td>
                <TextLink href={`/cooperation/activities/${a.id}`} className="font-medium">
                  {a.organisation}
                </TextLink>
                <div className="text-xs text-slate-500">{t(`organisationTypes.${a.organisationType}`)}</div>
              </Td>
              <Td>
                {a.partner}
                <div className="text-xs text-slate-500">{`${t(`partnerTypes.${a.partnerType}`)} · ${countryName(a.partnerCountryCode, locale)}`}</div>
              </Td>
              <Td nowrap>{t(`fields.${a.field}`)}</Td>
              <Td>{format.list(a.modes.map((m) => t(`modes.${m}`)))}</Td>
              <Td nowrap>
                {a.endDate ? `${date(a.startDate)} – ${date(a.endDate)}` : t("since", { date: date(a.startDate) })}
              </Td>
            </tr>
          ))}
        </Table>
        {page.nextCursor && (
          <MoreLink href={`/cooperation/activities?${query.toString() ? `${query}&` : ""}cursor=${page.nextCursor}`}>
            {t("more")}
          </MoreLink>
        )}
      </Card>
    </>
  );
}
