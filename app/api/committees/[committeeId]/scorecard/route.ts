// GET /api/committees/:id/scorecard?chart=status|side|items|trend|onTime: a scorecard chart's
// numbers as CSV. 404 for a committee the viewer may not see, like every other door.
import { getFormatter, getTranslations } from "next-intl/server";
import { datasetCsv } from "@/lib/charts/dataset-csv";
import { scorecardCsvSchema } from "@/lib/followups/schemas";
import { committeeScorecard } from "@/lib/followups/scorecard";
import { scorecardDatasets } from "@/lib/followups/scorecard-datasets";
import { idParams } from "@/lib/forms/schemas";
import { csvResponse, sessionRoute } from "@/lib/server/route";

export const GET = sessionRoute(
  { params: idParams("committeeId"), query: scorecardCsvSchema, target: "committee" },
  async (user, { params, query: { chart } }) => {
    const score = await committeeScorecard(user, params.committeeId);
    const t = await getTranslations("scorecards");
    const format = await getFormatter();
    const datasets = scorecardDatasets(
      score,
      (k) => t(k),
      (d) => format.dateTime(d, { dateStyle: "medium" }),
    );
    return csvResponse(datasetCsv(datasets[chart]), `accord-scorecard-${chart}.csv`);
  },
);
