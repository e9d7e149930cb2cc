import "server-only";
// Session series (issue 12, item 3): which committees' next session is due and not yet planned,
// for the home page (dueForManager) and the daily chaser step (chaseSeries, run by
// lib/notifications/chasers.ts). Exported to other domains through ./service.ts.
import type { SessionCadence } from "@/lib/generated/prisma/enums";
import { recordEvent } from "@/lib/notifications/service";
import { db, type Tx } from "@/lib/server/db";
import { clock, DAY_MS } from "@/lib/time/clock";
import { CHASER_DUE_SOON_DAYS, daysUntil, HOME_DUE_WINDOW_DAYS, nextDueAt } from "./series-dates";

/** Sessions that count as "the next one is planned" (a session in progress is not "due"). */
const UPCOMING = ["PLANNED", "IN_SESSION"] as const;

export interface DueSession {
  committeeId: string;
  committeeName: string;
  cadence: SessionCadence;
  /** The last held session: the plan form is on its page. */
  heldSessionId: string;
  heldTitle: string;
  dueAt: Date;
  /** Calendar days from now to the due date (negative: overdue). */
  days: number;
  overdue: boolean;
}

/**
 * Committees (among `where`) with a cadence whose next session is due — one interval after
 * the last held session — and with no session planned (or in progress) after that one.
 */
export async function dueSessions(
  tx: Tx,
  where: { id?: string; workspaceId?: { in: string[] } },
  now: Date,
): Promise<DueSession[]> {
  const committees = await tx.committee.findMany({
    where: { ...where, cadence: { not: "NONE" }, sessions: { some: { status: "HELD" } } },
    select: {
      id: true,
      name: true,
      cadence: true,
      sessions: {
        where: { status: { in: ["HELD", ...UPCOMING] } },
        orderBy: { startsAt: "desc" },
        take: 1,
        select: { id: true, title: true, startsAt: true, timeZone: true, status: true },
      },
    },
    orderBy: { name: "asc" },
  });
  const due: DueSession[] = [];
  for (const c of committees) {
    // The latest session: when it is planned or running, the next one is planned.
    const last = c.sessions[0];
    if (last?.status !== "HELD") continue;
    const dueAt = nextDueAt(last.startsAt, c.cadence, last.timeZone);
    if (!dueAt) continue;
    due.push({
      committeeId: c.id,
      committeeName: c.name,
      cadence: c.cadence,
      heldSessionId: last.id,
      heldTitle: last.title,
      dueAt,
      days: daysUntil(dueAt, now),
      overdue: dueAt.getTime() <= now.getTime(),
    });
  }
  return due.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** For the home page: the committees of the workspaces a manager manages whose next session is
 * due within HOME_DUE_WINDOW_DAYS days or overdue. */
export async function dueForManager(workspaceIds: string[], now = clock.now()): Promise<DueSession[]> {
  if (!workspaceIds.length) return [];
  const all = await dueSessions(db(), { workspaceId: { in: workspaceIds } }, now);
  return all.filter((d) => d.dueAt.getTime() - now.getTime() <= HOME_DUE_WINDOW_DAYS * DAY_MS);
}

/**
 * The chaser step: tells a committee's managers and co-chairs that its next session is due and
 * not yet planned — once when the due date is CHASER_DUE_SOON_DAYS days away, once when it has
 * passed. Recorded under a unique dedupeKey (series:<last held session>:<due instant>:<stage>),
 * so reruns, a second instance or an overlap record nothing twice; a new held session or a
 * changed cadence is a new due date. Returns the events recorded.
 */
export async function chaseSeries(tx: Tx, now = clock.now()): Promise<number> {
  let recorded = 0;
  for (const d of await dueSessions(tx, {}, now)) {
    if (d.dueAt.getTime() - now.getTime() > CHASER_DUE_SOON_DAYS * DAY_MS) continue;
    const stage = d.overdue ? "overdue" : "soon";
    const event = await recordEvent(tx, {
      kind: "SERIES_SESSION_DUE",
      committeeId: d.committeeId,
      actorId: null,
      sessionId: d.heldSessionId,
      dedupeKey: `series:${d.heldSessionId}:${d.dueAt.toISOString()}:${stage}`,
      payload: { due: d.dueAt.toISOString(), stage, days: d.days },
    });
    if (event) recorded++;
  }
  return recorded;
}
