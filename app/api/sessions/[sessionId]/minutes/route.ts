// GET /api/sessions/:id/minutes?format=docx|pdf: the current minutes as Word or PDF, from the
// same reads as the session page (out of scope, or no minutes yet: 404).
import { getMinutes } from "@/lib/committees/minutes";
import { getCommittee } from "@/lib/committees/service";
import { getSession } from "@/lib/committees/sessions";
import { getAttendees } from "@/lib/delegations/service";
import { exportQuerySchema } from "@/lib/exports/schemas";
import { exportMinutes, readerOf } from "@/lib/exports/service";
import { idParams } from "@/lib/forms/schemas";
import { notFound } from "@/lib/server/errors";
import { fileResponse, sessionRoute } from "@/lib/server/route";

export const GET = sessionRoute(
  { params: idParams("sessionId"), query: exportQuerySchema, target: "session" },
  async (user, { params, query }) => {
    const session = await getSession(user, params.sessionId);
    const [minutes, committee, attendees] = await Promise.all([
      getMinutes(user, session.id),
      getCommittee(user, session.committeeId),
      getAttendees(user, session.id),
    ]);
    if (!minutes.current) throw notFound("These minutes");
    const file = await exportMinutes(
      { session, minutes: minutes.current, sides: committee.sides, attendees },
      await readerOf(user, committee.workspace.name),
      query.format,
    );
    return fileResponse(file.body as BodyInit, { type: file.type, encodedName: file.fileName });
  },
);
