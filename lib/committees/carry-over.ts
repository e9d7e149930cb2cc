import "server-only";
// Carrying agenda items over from session to session: an item of the committee's backlog is
// put at the end of a session's agenda. Used by "put on the next session's agenda"
// (agenda-items.ts) and by "plan the next session" (series.ts).
import type { Tx } from "@/lib/server/db";
import { OPEN_AGENDA_STATUSES } from "./transitions";

/** The committee's open items (adopted or in progress): what carries over, oldest first. */
export function openAgendaItems(tx: Tx, committeeId: string) {
  return tx.agendaItem.findMany({
    where: { committeeId, status: { in: [...OPEN_AGENDA_STATUSES] } },
    orderBy: { id: "asc" },
    select: { id: true, title: true, status: true, standingItemId: true },
  });
}

/** Puts the item at the end of the session's agenda; false (nothing written) when it is on it
 * already. The caller holds the session's lock. */
export async function appendAgendaEntry(
  tx: Tx,
  sessionId: string,
  agendaItemId: string,
  extra: { durationMinutes?: number; presenter?: string } = {},
): Promise<boolean> {
  if (await tx.agendaEntry.count({ where: { sessionId, agendaItemId } })) return false;
  const last = await tx.agendaEntry.aggregate({ where: { sessionId }, _max: { position: true } });
  await tx.agendaEntry.create({
    data: { sessionId, agendaItemId, position: (last._max.position ?? -1) + 1, ...extra },
  });
  return true;
}
