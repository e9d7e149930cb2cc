// GET /api/sessions/:id/ics: the session as an .ics event, for members of its workspace only.
import { NextResponse } from "next/server";
import { getSession } from "@/lib/committees/sessions";
import { serverEnv } from "@/lib/server/env";
import { isAppError } from "@/lib/server/errors";
import { toIcs } from "@/lib/server/ics";
import { recordRefusal } from "@/lib/server/refusals";
import { getCurrentUser } from "@/lib/server/session";

export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const { sessionId } = await params;
  try {
    const session = await getSession(user, sessionId);
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
          uid: `session-${session.id}@accord`,
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
    return new NextResponse(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="session-${session.id}.ics"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") {
      await recordRefusal(user, {
        kind: "not_found",
        via: "api",
        path: new URL(request.url).pathname,
        targetType: "session",
        targetId: sessionId,
      });
      return NextResponse.json({ error: "not_found" }, { status: 404 });
    }
    throw error;
  }
}
