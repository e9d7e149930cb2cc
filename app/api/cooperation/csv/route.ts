// GET /api/cooperation/csv?chart=growth|region|…&workspace=: a cooperation chart's numbers.
import { getLocale, getTranslations } from "next-intl/server";
import { datasetCsv } from "@/lib/charts/dataset-csv";
import { cooperationDatasets } from "@/lib/cooperation/datasets";
import { cooperationCsvSchema } from "@/lib/cooperation/schemas";
import { cooperationStats } from "@/lib/cooperation/stats";
import { countryName } from "@/lib/reference/country-names";
import { csvResponse, sessionRoute } from "@/lib/server/route";

export const GET = sessionRoute({ query: cooperationCsvSchema }, async (user, { query: { chart, workspace } }) => {
  const [stats, t, tv, locale] = await Promise.all([
    cooperationStats(user, workspace),
    getTranslations("cooperation"),
    getTranslations("vocab"),
    getLocale(),
  ]);
  const datasets = cooperationDatasets(stats, {
    t: (k) => t(k),
    country: (c) => countryName(c, locale),
    region: (r) => tv(`region.${r}`),
  });
  return csvResponse(datasetCsv(datasets[chart]), `accord-cooperation-${chart}.csv`);
});
