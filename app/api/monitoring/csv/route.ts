// GET /api/monitoring/csv?chart=heatmap|timeline|change30|change90&from&to: the numbers behind a chart.
import { NextResponse } from "next/server";
import { datasetCsv } from "@/lib/charts/dataset-csv";
import { heatmapCsv } from "@/lib/monitoring/heatmap-csv";
import { briefsPerMonth, mostChange, periodSchema, resolvePeriod, timelineDataset } from "@/lib/monitoring/service";
import { toCsv } from "@/lib/server/csv";
import { getCurrentUser } from "@/lib/server/session";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const period = resolvePeriod(
    periodSchema.parse({ from: params.get("from") ?? undefined, to: params.get("to") ?? undefined }),
  );
  const chart = ["timeline", "change30", "change90"].includes(params.get("chart") ?? "")
    ? params.get("chart")!
    : "heatmap";
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
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="accord-${chart}-${period.from}-${period.to}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
