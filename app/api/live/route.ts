// GET /api/live: the signed-in person's Server-Sent Events ("inbox", "board:<committeeId>",
// "resync"); the browser refetches what changed through the scoped routes.
import { liveStreamFor } from "@/lib/live/service";
import { eventStreamResponse, jsonResponse, sessionRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = sessionRoute({}, async (user, { request }) => {
  const stream = liveStreamFor(user, request.signal);
  if (!stream) return jsonResponse({ error: "too_many_streams" }, { status: 429 });
  return eventStreamResponse(stream);
});
