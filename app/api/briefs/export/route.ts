// GET /api/briefs/export?format=csv|json&<search filters>: the briefs of a search the user
// may read, as a download. Same search query as the page, so the same visibility rule.
import { briefsToCsv, exportBriefs } from "@/lib/briefs/export";
import { briefExportSchema } from "@/lib/briefs/schemas";
import { csvResponse, jsonResponse, sessionRoute } from "@/lib/server/route";
import { clock } from "@/lib/time/clock";
import { DEFAULT_TIME_ZONE, localDate } from "@/lib/time/zones";

export const GET = sessionRoute({ query: briefExportSchema }, async (user, { query }) => {
  const { format, ...filters } = query;
  const rows = await exportBriefs(user, { ...filters, cursor: undefined });
  const fileName = `accord-briefs-${localDate(clock.now(), user.timeZone ?? DEFAULT_TIME_ZONE)}.${format}`;
  if (format === "json") return jsonResponse(rows, { fileName });
  // briefsToCsv starts with a BOM so spreadsheet programs read UTF-8 (Chinese, Korean) right.
  // Times in the exporting person's zone (UTC until they choose one), named in the header.
  return csvResponse(briefsToCsv(rows, user.timeZone ?? null), fileName);
});
