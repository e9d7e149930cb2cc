import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ChartCard } from "@/components/charts/chart-card";
import { ChartsLoading } from "@/components/charts/charts-loading";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Figures } from "@/components/ui/figures";
import { FilterForm, FilterSelect } from "@/components/ui/filters";
import { cooperationDatasets } from "@/lib/cooperation/datasets";
import { cooperationFiltersSchema } from "@/lib/cooperation/schemas";
import { readableWorkspaces, recordingWorkspaces } from "@/lib/cooperation/service";
import { cooperationStats } from "@/lib/cooperation/stats";
import { countryName } from "@/lib/reference/country-names";
import type { Actor } from "@/lib/server/actor";
import { requireUser } from "@/lib/server/session";

export default async function CooperationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireUser();
  const { workspace } = cooperationFiltersSchema.parse(await searchParams);
  const [t, workspaces, recording] = await Promise.all([
    getTranslations("cooperation"),
    readableWorkspaces(user),
    recordingWorkspaces(user),
  ]);
  return (
    <>
      <PageHeader
        title={t("statsTitle")}
        description={t("statsDescription")}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/cooperation/activities" className={buttonClass("secondary")}>
              {t("registry")}
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
      {workspaces.length > 1 && (
        <FilterForm label={t("filters")} apply={t("apply")} className="mb-6 flex flex-wrap items-end gap-2">
          <FilterSelect
            name="workspace"
            label={t("workspace")}
            any={t("allWorkspaces")}
            value={workspace}
            options={workspaces.map((w) => ({ value: w.id, label: w.name }))}
          />
        </FilterForm>
      )}
      <Suspense fallback={<ChartsLoading />}>
        <CooperationCharts user={user} workspace={workspace} />
      </Suspense>
    </>
  );
}

async function CooperationCharts({ user, workspace }: { user: Actor; workspace?: string }) {
  const [stats, t, tv, locale] = await Promise.all([
    cooperationStats(user, workspace),
    getTranslations("cooperation"),
    getTranslations("vocab"),
    getLocale(),
  ]);
  if (!stats.totals.activities) return <EmptyState>{t("empty")}</EmptyState>;
  const data = cooperationDatasets(stats, {
    t: (k) => t(k),
    country: (c) => countryName(c, locale),
    region: (r) => tv(`region.${r}`),
  });
  const csv = (chart: string) => `/api/cooperation/csv?chart=${chart}${workspace ? `&workspace=${workspace}` : ""}`;
  const figures = [
    [t("units.organisations"), stats.totals.organisations],
    [t("units.partners"), stats.totals.partners],
    [t("partnerCountries"), stats.totals.countries],
    [t("units.activities"), stats.totals.activities],
  ] as const;
  return (
    <>
      <Figures items={figures} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartCard
          title={t("charts.growth")}
          dataset={data.growth}
          kind="bar"
          plot={["organisations"]}
          csvHref={csv("growth")}
          className="lg:col-span-2"
          note={t("notes.growth")}
        />
        <ChartCard
          title={t("charts.region")}
          dataset={data.region}
          kind="bar"
          plot={["partners"]}
          csvHref={csv("region")}
        />
        <ChartCard
          title={t("charts.partnerType")}
          dataset={data.partnerType}
          kind="horizontal"
          plot={["partners"]}
          csvHref={csv("partnerType")}
        />
        <ChartCard
          title={t("charts.country")}
          dataset={data.country}
          kind="horizontal"
          plot={["partners"]}
          csvHref={csv("country")}
          className="lg:col-span-2"
        />
        <ChartCard
          title={t("charts.organisationType")}
          dataset={data.organisationType}
          kind="horizontal"
          plot={["organisations"]}
          csvHref={csv("organisationType")}
        />
        <ChartCard
          title={t("charts.field")}
          dataset={data.field}
          kind="horizontal"
          plot={["organisations"]}
          csvHref={csv("field")}
        />
        <ChartCard
          title={t("charts.mode")}
          dataset={data.mode}
          kind="horizontal"
          plot={["activities"]}
          csvHref={csv("mode")}
          className="lg:col-span-2"
          note={t("notes.mode")}
        />
      </div>
    </>
  );
}
