// GET /api/follow-ups/board?<filters>: the board's cards as JSON (the board refetches here).
import { boardCards } from "@/lib/followups/board";
import { followUpFiltersSchema } from "@/lib/followups/schemas";
import { jsonResponse, sessionRoute } from "@/lib/server/route";

export const GET = sessionRoute({ query: followUpFiltersSchema }, async (user, { query }) =>
  jsonResponse(await boardCards(user, query)),
);
