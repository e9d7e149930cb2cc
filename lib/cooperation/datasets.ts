// Cooperation statistics as chart datasets (count + share of the whole), shared by the page
// and the CSV route so the chart, its table and its CSV agree.
import { type Dataset, share } from "@/lib/charts/dataset";
import type { CooperationChart } from "./schemas";
import type { CooperationStats, Tally } from "./stats";

interface Labels {
  t: (key: string) => string;
  country: (code: string) => string;
  region: (code: string) => string;
}

export function cooperationDatasets(
  stats: CooperationStats,
  { t, country, region }: Labels,
): Record<CooperationChart, Dataset> {
  const shares = (
    dimension: string,
    unit: "partners" | "organisations" | "activities",
    tallies: Tally[],
    whole: number,
    label: (key: string) => string,
  ): Dataset => ({
    dimension,
    series: [
      { key: unit, label: t(`units.${unit}`) },
      { key: "share", label: t("share"), unit: "percent" },
    ],
    rows: tallies.map((r) => ({
      key: r.key,
      label: label(r.key),
      values: { [unit]: r.count, share: share(r.count, whole) },
    })),
  });
  const { totals } = stats;
  return {
    growth: {
      dimension: "year",
      series: [
        { key: "organisations", label: t("units.organisations") },
        { key: "activities", label: t("units.activities") },
      ],
      rows: stats.perYear.map((y) => ({
        key: String(y.year),
        label: String(y.year),
        values: { organisations: y.organisations, activities: y.activities },
      })),
    },
    region: shares("region", "partners", stats.byRegion, totals.partners, region),
    country: shares("country", "partners", stats.byCountry.slice(0, 20), totals.partners, country),
    partnerType: shares("partnerType", "partners", stats.byPartnerType, totals.partners, (k) => t(`partnerTypes.${k}`)),
    organisationType: shares("organisationType", "organisations", stats.byOrganisationType, totals.organisations, (k) =>
      t(`organisationTypes.${k}`),
    ),
    field: shares("field", "organisations", stats.byField, totals.organisations, (k) => t(`fields.${k}`)),
    mode: shares("mode", "activities", stats.byMode, totals.activities, (k) => t(`modes.${k}`)),
  };
}
