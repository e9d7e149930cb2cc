import "server-only";
// The pre-session pack: the agenda with, per item, its linked briefs (only those the reader
// may read), documents and notes (shared, or internal to the reader's side); then the previous
// session's decisions and approved minutes. The page adds each item's open follow-ups
// (lib/followups/list.ts, openFollowUpsByAgendaItem). Attendees by side come from the
// delegations (lib/delegations/service.ts, sessionAttendees).
import { briefReadableWhere } from "@/lib/briefs/visibility";
import { sessionAttendees } from "@/lib/delegations/service";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import { SIDE_COUNTRIES_SELECT } from "@/lib/time/home-times";
import { packPapers } from "./documents";
import { reportsForPack } from "./subcommittees";

export async function getSessionPack(actor: Actor, sessionId: string) {
  const session = await db().session.findFirst({
    where: { id: sessionId, committee: committeeWhere(actor) },
    include: {
      committee: {
        select: {
          id: true,
          name: true,
          sides: { orderBy: { position: "asc" }, select: { name: true, ...SIDE_COUNTRIES_SELECT } },
        },
      },
      entries: {
        orderBy: { position: "asc" },
        include: {
          agendaItem: {
            select: {
              id: true,
              title: true,
              description: true,
              reportingCommitteeId: true,
              briefs: {
                where: { brief: briefReadableWhere(actor) },
                select: {
                  brief: { select: { id: true, title: true, summary: true, distribution: true, sources: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!session) throw notFound("This session");
  const previous = await db().session.findFirst({
    where: { committeeId: session.committeeId, status: "HELD", startsAt: { lt: session.startsAt } },
    orderBy: { startsAt: "desc" },
    include: {
      decisions: { include: { agendaItem: { select: { title: true } } } },
      minutes: { where: { status: "APPROVED" }, orderBy: { version: "desc" }, take: 1 },
    },
  });
  const attendees = await sessionAttendees(db(), session);
  // Documents of the session and its items, and notes: shared ones and the reader's side's only.
  const papers = await packPapers(
    actor,
    session.committeeId,
    session.id,
    session.entries.map((e) => e.agendaItem.id),
  );
  // A sub-committee's standing report item carries its progress (issue 12, item 4).
  const reports = await reportsForPack(
    actor,
    session.entries.map((e) => e.agendaItem),
    previous?.startsAt ?? null,
  );
  return { session, previous, attendees, papers, reports };
}
