// GET /api/sessions/:id/pack?format=docx|pdf: the pre-session pack as Word or PDF, from the same
// reads as the pack page (briefs the reader may not read are left out; out of scope: 404).
import { getSessionPack } from "@/lib/committees/pack";
import { packRounds } from "@/lib/consultations/service";
import { exportQuerySchema } from "@/lib/exports/schemas";
import { exportPack, readerOf } from "@/lib/exports/service";
import { followUpHealth } from "@/lib/followups/health";
import { openFollowUpsByAgendaItem } from "@/lib/followups/list";
import { idParams } from "@/lib/forms/schemas";
import { fileResponse, sessionRoute } from "@/lib/server/route";

export const GET = sessionRoute(
  { params: idParams("sessionId"), query: exportQuerySchema, target: "session" },
  async (user, { params, query }) => {
    const { session, previous, attendees, papers, reports } = await getSessionPack(user, params.sessionId);
    const open = await openFollowUpsByAgendaItem(
      user,
      session.entries.map((e) => e.agendaItem.id),
    );
    const followUps = new Map(
      [...open].map(([id, rows]) => [id, rows.map((f) => ({ ...f, overdue: followUpHealth(f) === "OVERDUE" }))]),
    );
    const consultations = await packRounds(
      user,
      session.committeeId,
      session.entries.map((e) => e.agendaItem.id),
    );
    const file = await exportPack(
      { session, previous, followUps, attendees, papers, reports, consultations },
      await readerOf(user, session.committee.name),
      query.format,
    );
    return fileResponse(file.body as BodyInit, { type: file.type, encodedName: file.fileName });
  },
);
