// GET /api/sessions/:id/ics: the session as an .ics event, for members of its workspace only.
import { getSession } from "@/lib/committees/sessions";
import { idParams } from "@/lib/forms/schemas";
import { serverEnv } from "@/lib/server/env";
import { sessionUid, toIcs } from "@/lib/server/ics";
import { fileResponse, sessionRoute } from "@/lib/server/route";

export const GET = sessionRoute({ params: idParams("sessionId"), target: "session" }, async (user, { params }) => {
  const session = await getSession(user, params.sessionId);
  const agenda = session.entries
    .map(
      (e, i) =>
        `${i + 1}. ${e.agendaItem.title}${e.durationMinutes ? ` (${e.durationMinutes} min)` : ""}${e.presenter ? ` — ${e.presenter}` : ""}`,
    )
    .join("\n");
  const url = `${serverEnv().baseUrl}/sessions/${session.id}`;
  const ics = toIcs(
    [
      {
        uid: sessionUid(session.id, serverEnv().baseUrl),
        start: session.startsAt,
        end: session.endsAt,
        summary: `${session.committee.name}: ${session.title}`,
        description: [agenda, session.onlineUrl, url].filter(Boolean).join("\n\n"),
        location: session.place || session.onlineUrl,
        url,
        updated: session.updatedAt,
      },
    ],
    session.committee.name,
  );
  return fileResponse(ics, { type: "text/calendar; charset=utf-8", fileName: `session-${session.id}.ics` });
});
