// GET /api/calendar/<token>.ics: a person's private calendar feed for Google Calendar,
// Outlook and the like (no session cookie: the unguessable token is the credential, so a
// malformed one is simply not found, like a revoked one).
import { z } from "zod";
import { feedForToken } from "@/lib/calendar/service";
import { fileResponse, jsonResponse, publicRoute } from "@/lib/server/route";

export const GET = publicRoute({ params: z.object({ token: z.string() }) }, async ({ params }) => {
  const token = params.token.replace(/\.ics$/, "");
  const ics = /^[A-Za-z0-9_-]{20,200}$/.test(token) ? await feedForToken(token) : null;
  if (!ics) return jsonResponse({ error: "not_found" }, { status: 404 });
  return fileResponse(ics, { type: "text/calendar; charset=utf-8" });
});
