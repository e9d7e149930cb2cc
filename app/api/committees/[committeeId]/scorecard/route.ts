// GET /api/committees/:id/scorecard?chart=status|side|items|trend|onTime: a scorecard chart's
// numbers as CSV. 404 for a committee the viewer may not see, like every other door.
import { NextResponse } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { datasetCsv } from "@/lib/charts/dataset-csv";
import { committeeScorecard } from "@/lib/followups/scorecard";
import { SCORECARD_CHARTS, type ScorecardChart, scorecardDatasets } from "@/lib/followups/scorecard-datasets";
import { isAppError } from "@/lib/server/errors";
import { recordRefusal } from "@/lib/server/refusals";
import { getCurrentUser } from "@/lib/server/session";

export async function GET(request: Request, { params }: { params: Promise<{ committeeId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const { committeeId } = await params;
  const requested = new URL(request.url).searchParams.get("chart");
  const chart: ScorecardChart = SCORECARD_CHARTS.includes(requested as ScorecardChart)
    ? (requested as ScorecardChart)
    : "status";
  try {
    const score = await committeeScorecard(user, committeeId);
    const t = await getTranslations("scorecards");
    const format = await getFormatter();
    const csv = datasetCsv(
      scorecardDatasets(
        score,
        (k) => t(k),
        (d) => format.dateTime(d, { dateStyle: "medium" }),
      )[chart],
    );
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="accord-scorecard-${chart}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") {
      await recordRefusal(user, {
        kind: "not_found",
        via: "api",
        path: new URL(request.url).pathname,
        targetType: "committee",
        targetId: committeeId,
      });
      return NextResponse.json({ error: "not_found" }, { status: 404 });
    }
    throw error;
  }
}
