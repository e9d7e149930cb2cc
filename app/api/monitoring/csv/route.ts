// GET /api/monitoring/csv?chart=heatmap|timeline|change30|change90&from&to: the numbers behind a chart.
// A bad date is no bound (as on the page); an unknown chart is the heatmap.
import { datasetCsv } from "@/lib/charts/dataset-csv";
import { heatmapCsv } from "@/lib/monitoring/heatmap-csv";
import { monitoringCsvSchema } from "@/lib/monitoring/schemas";
import { briefsPerMonth, mostChange, resolvePeriod, timelineDataset } from "@/lib/monitoring/service";
import { toCsv } from "@/lib/server/csv";
import { csvResponse, sessionRoute } from "@/lib/server/route";

export const GET = sessionRoute({ query: monitoringCsvSchema }, async (user, { query }) => {
  const { chart } = query;
  const period = resolvePeriod(query);
  let csv: string;
  if (chart === "change30" || chart === "change90") {
    const change = await mostChange(user, chart === "change30" ? 30 : 90);
    csv = toCsv(
      ["kind", "key", "recent", "before", "change"],
      (["countries", "areas"] as const).flatMap((kind) =>
        change[kind].map((r) => [kind === "countries" ? "country" : "area", r.key, r.recent, r.before, r.change]),
      ),
      { newline: "\n" },
    );
  } else if (chart === "timeline") {
    csv = datasetCsv(timelineDataset(await briefsPerMonth(user, period), (c) => c));
  } else {
    csv = await heatmapCsv(user, period, user.locale);
  }
  return csvResponse(csv, `accord-${chart}-${period.from}-${period.to}.csv`);
});
