import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ChartCard } from "@/components/charts/chart-card";
import { ChartsLoading } from "@/components/charts/charts-loading";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterInput } from "@/components/ui/filters";
import { RowHeader, Table, Td } from "@/components/ui/table";
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
      <FilterForm label={t("period")} apply={t("apply")} className="mb-6 flex flex-wrap items-end gap-2">
        <FilterInput name="from" type="date" label={t("from")} value={period.from} />
        <FilterInput name="to" type="date" label={t("to")} value={period.to} />
      </FilterForm>
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
        <Table
          caption={t("heatmapCaption", { from: period.from, to: period.to })}
          captionVisible
          compact
          columns={[
            t("country"),
            ...areas.map((a) => ({
              label: areaLabel.get(a) ?? a,
              className: "min-w-20 max-w-28 break-words normal-case",
            })),
          ]}
          empty={t("empty")}
        >
          {countries.map((c) => (
            <tr key={c}>
              <RowHeader className="whitespace-nowrap font-medium">{countryName(c, locale)}</RowHeader>
              {areas.map((a) => {
                const n = count(c, a);
                const shade =
                  SHADES[
                    n === 0 ? 0 : Math.min(SHADES.length - 1, 1 + Math.floor(((n - 1) / max) * (SHADES.length - 1)))
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
        </Table>
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
            <div className="grid gap-4 sm:grid-cols-2">
              {(["countries", "areas"] as const).map((kind) => (
                <Table
                  key={kind}
                  caption={t(kind)}
                  captionVisible
                  columns={[t("name"), { label: t("recent"), align: "end" }, { label: t("delta"), align: "end" }]}
                  empty={t("noChange")}
                >
                  {change[kind].map((r) => (
                    <tr key={r.key}>
                      <RowHeader>
                        {kind === "countries" ? countryName(r.key, locale) : (areaLabel.get(r.key) ?? r.key)}
                      </RowHeader>
                      <Td align="end">{r.recent}</Td>
                      <Td align="end" className={r.change > 0 ? "text-green-700" : r.change < 0 ? "text-red-700" : ""}>
                        {r.change > 0 ? `+${r.change}` : r.change}
                      </Td>
                    </tr>
                  ))}
                </Table>
              ))}
            </div>
          </Card>
        ))}
      </div>
    </>
  );
}
