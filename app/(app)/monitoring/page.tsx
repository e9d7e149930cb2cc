import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ChartCard } from "@/components/charts/chart-card";
import { ChartsLoading } from "@/components/charts/charts-loading";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { searchFilterOptions } from "@/lib/briefs/filter-options";
import { periodSchema } from "@/lib/monitoring/schemas";
import {
  briefsPerMonth,
  countryAreaHeatmap,
  mostChange,
  resolvePeriod,
  timelineDataset,
} from "@/lib/monitoring/service";
import { countryName } from "@/lib/reference/country-names";
import type { Actor } from "@/lib/server/actor";
import { requireUser } from "@/lib/server/session";

const SHADES = [
  "bg-white",
  "bg-brand-50",
  "bg-brand-100",
  "bg-sky-300",
  "bg-brand-600 text-white",
  "bg-brand-800 text-white",
];

export default async function MonitoringPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireUser();
  const period = resolvePeriod(periodSchema.parse(await searchParams));
  const t = await getTranslations("monitoring");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-2" aria-label={t("period")}>
        <div>
          <label htmlFor="m-from" className="block text-sm font-medium">
            {t("from")}
          </label>
          <input
            id="m-from"
            name="from"
            type="date"
            defaultValue={period.from}
            className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          />
        </div>
        <div>
          <label htmlFor="m-to" className="block text-sm font-medium">
            {t("to")}
          </label>
          <input
            id="m-to"
            name="to"
            type="date"
            defaultValue={period.to}
            className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          />
        </div>
        <button type="submit" className={buttonClass("secondary", "sm")}>
          {t("apply")}
        </button>
      </form>
      <Suspense fallback={<ChartsLoading />}>
        <MonitoringCharts user={user} period={period} />
      </Suspense>
    </>
  );
}

async function MonitoringCharts({ user, period }: { user: Actor; period: { from: string; to: string } }) {
  const locale = await getLocale();
  const [cells, timeline, change30, change90, options] = await Promise.all([
    countryAreaHeatmap(user, period),
    briefsPerMonth(user, period),
    mostChange(user, 30),
    mostChange(user, 90),
    searchFilterOptions(user, locale),
  ]);
  const t = await getTranslations("monitoring");
  const areaLabel = new Map(options.areas.map((a) => [a.key, a.name]));
  const countryTotals = new Map<string, number>();
  for (const c of cells) countryTotals.set(c.country, (countryTotals.get(c.country) ?? 0) + c.count);
  const countries = [...countryTotals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([c]) => c);
  const areas = [...new Set(cells.map((c) => c.area))].sort((a, b) =>
    (areaLabel.get(a) ?? a).localeCompare(areaLabel.get(b) ?? b, locale),
  );
  const max = Math.max(1, ...cells.map((c) => c.count));
  const count = (country: string, area: string) =>
    cells.find((c) => c.country === country && c.area === area)?.count ?? 0;
  const query = `from=${period.from}&to=${period.to}`;
  return (
    <>
      <Card
        title={t("heatmap")}
        actions={
          <a href={`/api/monitoring/csv?chart=heatmap&${query}`} className={buttonClass("secondary", "sm")} download>
            {t("csv")}
          </a>
        }
      >
        {cells.length ? (
          <div className="overflow-x-auto">
            <table className="text-xs">
              <caption className="mb-2 text-left text-sm text-slate-600">
                {t("heatmapCaption", { from: period.from, to: period.to })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="p-1 text-left">
                    {t("country")}
                  </th>
                  {areas.map((a) => (
                    <th
                      key={a}
                      scope="col"
                      className="min-w-20 max-w-28 break-words p-1 text-left align-bottom font-medium"
                    >
                      {areaLabel.get(a) ?? a}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {countries.map((c) => (
                  <tr key={c}>
                    <th scope="row" className="whitespace-nowrap p-1 text-left font-medium">
                      {countryName(c, locale)}
                    </th>
                    {areas.map((a) => {
                      const n = count(c, a);
                      const shade =
                        SHADES[
                          n === 0
                            ? 0
                            : Math.min(SHADES.length - 1, 1 + Math.floor(((n - 1) / max) * (SHADES.length - 1)))
                        ];
                      return (
                        <td key={a} className={`border border-slate-200 p-0 text-center ${shade}`}>
                          {n > 0 ? (
                            <Link
                              href={`/briefs?country=${c}&area=${a}&status=PUBLISHED&${query}`}
                              className="block px-2 py-1 font-semibold hover:underline"
                              aria-label={t("cellLabel", {
                                count: n,
                                country: countryName(c, locale),
                                area: areaLabel.get(a) ?? a,
                              })}
                            >
                              {n}
                            </Link>
                          ) : (
                            <span className="block px-2 py-1 text-slate-300">0</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState>{t("empty")}</EmptyState>
        )}
      </Card>

      <ChartCard
        title={t("timeline")}
        className="mt-6"
        dataset={timelineDataset(timeline, (c) => countryName(c, locale))}
        kind="line"
        csvHref={`/api/monitoring/csv?chart=timeline&${query}`}
      />

      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {(
          [
            [30, change30],
            [90, change90],
          ] as const
        ).map(([days, change]) => (
          <Card
            key={days}
            title={t("change", { count: days })}
            actions={
              change.countries.length || change.areas.length ? (
                <a href={`/api/monitoring/csv?chart=change${days}`} className={buttonClass("secondary", "sm")} download>
                  {t("csv")}
                </a>
              ) : undefined
            }
          >
            {change.countries.length || change.areas.length ? (
              <div className="grid gap-4 sm:grid-cols-2">
                {(["countries", "areas"] as const).map((kind) => (
                  <table key={kind} className="text-sm">
                    <caption className="text-left font-medium">{t(kind)}</caption>
                    <thead className="text-xs text-slate-500">
                      <tr>
                        <th scope="col" className="text-left">
                          {t("name")}
                        </th>
                        <th scope="col" className="text-right">
                          {t("recent")}
                        </th>
                        <th scope="col" className="text-right">
                          {t("delta")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {change[kind].map((r) => (
                        <tr key={r.key}>
                          <th scope="row" className="pr-2 text-left font-normal">
                            {kind === "countries" ? countryName(r.key, locale) : (areaLabel.get(r.key) ?? r.key)}
                          </th>
                          <td className="text-right">{r.recent}</td>
                          <td
                            className={`text-right ${r.change > 0 ? "text-green-700" : r.change < 0 ? "text-red-700" : ""}`}
                          >
                            {r.change > 0 ? `+${r.change}` : r.change}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ))}
              </div>
            ) : (
              <EmptyState>{t("noChange")}</EmptyState>
            )}
          </Card>
        ))}
      </div>
    </>
  );
}
