// GET /api/follow-ups/export?<filters>: the follow-ups of a list view as CSV.
import { followUpFiltersSchema } from "@/lib/followups/schemas";
import { followUpsCsv } from "@/lib/followups/transfer";
import { csvResponse, sessionRoute } from "@/lib/server/route";
import { clock } from "@/lib/time/clock";
import { DEFAULT_TIME_ZONE, localDate } from "@/lib/time/zones";

export const GET = sessionRoute({ query: followUpFiltersSchema }, async (user, { query }) => {
  // followUpsCsv starts with a UTF-8 BOM, for spreadsheets.
  const csv = await followUpsCsv(user, { ...query, cursor: undefined });
  return csvResponse(csv, `accord-follow-ups-${localDate(clock.now(), user.timeZone ?? DEFAULT_TIME_ZONE)}.csv`);
});
