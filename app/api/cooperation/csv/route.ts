// GET /api/cooperation/csv?chart=growth|region|…&workspace=: a cooperation chart's numbers.
import { NextResponse } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { datasetCsv } from "@/lib/charts/dataset-csv";
import { COOPERATION_CHARTS, type CooperationChart, cooperationDatasets } from "@/lib/cooperation/datasets";
import { cooperationFiltersSchema } from "@/lib/cooperation/schemas";
import { cooperationStats } from "@/lib/cooperation/stats";
import { countryName } from "@/lib/reference/country-names";
import { getCurrentUser } from "@/lib/server/session";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const requested = params.get("chart");
  const chart: CooperationChart = COOPERATION_CHARTS.includes(requested as CooperationChart)
    ? (requested as CooperationChart)
    : "growth";
  const { workspace } = cooperationFiltersSchema.parse({ workspace: params.get("workspace") ?? undefined });
  const [stats, t, tv, locale] = await Promise.all([
    cooperationStats(user, workspace),
    getTranslations("cooperation"),
    getTranslations("vocab"),
    getLocale(),
  ]);
  const csv = datasetCsv(
    cooperationDatasets(stats, {
      t: (k) => t(k),
      country: (c) => countryName(c, locale),
      region: (r) => tv(`region.${r}`),
    })[chart],
  );
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="accord-cooperation-${chart}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
