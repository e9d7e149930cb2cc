// GET /api/briefs/export?format=csv|json&<search filters>: the briefs of a search the user
// may read, as a download. Same search query as the page, so the same visibility rule.
import { briefsToCsv, exportBriefs } from "@/lib/briefs/export";
import { briefExportSchema } from "@/lib/briefs/schemas";
import { csvResponse, jsonResponse, sessionRoute } from "@/lib/server/route";
import { clock } from "@/lib/time/clock";

export const GET = sessionRoute({ query: briefExportSchema }, async (user, { query }) => {
  const { format, ...filters } = query;
  const rows = await exportBriefs(user, { ...filters, cursor: undefined });
  const fileName = `accord-briefs-${clock.now().toISOString().slice(0, 10)}.${format}`;
  if (format === "json") return jsonResponse(rows, { fileName });
  // briefsToCsv starts with a BOM so spreadsheet programs read UTF-8 (Chinese, Korean) right.
  return csvResponse(briefsToCsv(rows), fileName);
});
