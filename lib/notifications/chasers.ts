import "server-only";
// Chasers: events nobody's change causes, recorded by a job before it is late. Each is an
// ordinary committee event (fanned out by ./fanout.ts with the recipient table, visibility,
// channels and emails of every other event), recorded once per subject and period under a
// unique `dedupeKey`, so a rerun, a second instance or an overlap of both records nothing twice.
//   - the pre-session pack, once per session when its window opens (the committee's
//     `packDaysBefore` days before it starts), again only if a move took the session out of
//     the window and it entered it anew: key pack:<session>:<round>;
//   - agenda entries without presenter or time, to the secretariat, at most once per session
//     and UTC day, only inside the pack window: key agenda:<session>:<day>;
//   - circulated minutes a side has not approved, to that side's co-chairs, every
//     `approvalReminderDays` days after circulation: key approval:<minutes>:<circulated>:<side>:<round>;
//   - a committee's next session due and not yet planned (lib/committees/series-due.ts).
import { chaseSeries } from "@/lib/committees/service";
import type { Tx } from "@/lib/server/db";
import { JOB_LOCKS, withJobLock } from "@/lib/server/jobs";
import { clock, DAY_MS, isoDateOf } from "@/lib/time/clock";
import type { IncompleteEntry, SessionTime } from "./events";
import { recordEvent } from "./service";

/** The largest number of days a committee may set for either chaser (the form's limit). */
export const MAX_CHASER_DAYS = 60;

/** Inside the pack window: from `days` days before the session until it starts. */
export function inPackWindow(startsAt: Date, days: number, now: Date): boolean {
  const ahead = startsAt.getTime() - now.getTime();
  return ahead > 0 && ahead <= days * DAY_MS;
}

/** What an agenda entry still lacks: a presenter (blank) or a time (no duration). */
export function missingOf(entry: { presenter: string; durationMinutes: number }): IncompleteEntry["missing"] {
  return [
    ...(entry.presenter.trim() ? [] : (["presenter"] as const)),
    ...(entry.durationMinutes > 0 ? [] : (["time"] as const)),
  ];
}

/** How many full reminder periods have passed since the minutes were circulated (0: none yet). */
export function approvalRound(circulatedAt: Date, everyDays: number, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - circulatedAt.getTime()) / (everyDays * DAY_MS)));
}

/** The pack's round for a session in its window: the last round, or the next one when a move
 * since then took the session out of the window (so that it has entered it anew). */
async function packRound(tx: Tx, sessionId: string, days: number): Promise<number> {
  const last = await tx.notificationEvent.findFirst({
    where: { sessionId, kind: "SESSION_PACK_READY" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, payload: true },
  });
  if (!last) return 1;
  const round = (last.payload as { round?: number }).round ?? 1;
  const moves = await tx.notificationEvent.findMany({
    where: { sessionId, kind: "SESSION_MOVED", createdAt: { gt: last.createdAt } },
    select: { createdAt: true, payload: true },
  });
  const leftWindow = moves.some((move) => {
    const to = (move.payload as { to?: SessionTime }).to;
    return to ? !inPackWindow(new Date(to.startsAt), days, move.createdAt) : false;
  });
  return leftWindow ? round + 1 : round;
}

/** Pack notices and agenda reminders for planned sessions inside their window; returns events recorded. */
export async function chaseSessions(tx: Tx, now = clock.now()): Promise<number> {
  const sessions = await tx.session.findMany({
    where: { status: "PLANNED", startsAt: { gt: now, lte: new Date(now.getTime() + MAX_CHASER_DAYS * DAY_MS) } },
    select: {
      id: true,
      startsAt: true,
      committeeId: true,
      committee: { select: { packDaysBefore: true } },
      entries: {
        orderBy: { position: "asc" },
        select: { presenter: true, durationMinutes: true, agendaItem: { select: { title: true } } },
      },
    },
  });
  const day = isoDateOf(now);
  let recorded = 0;
  for (const s of sessions) {
    const days = s.committee.packDaysBefore;
    if (!inPackWindow(s.startsAt, days, now)) continue;
    const base = { committeeId: s.committeeId, actorId: null, sessionId: s.id };
    const round = await packRound(tx, s.id, days);
    if (
      await recordEvent(tx, {
        ...base,
        kind: "SESSION_PACK_READY",
        dedupeKey: `pack:${s.id}:${round}`,
        payload: { round },
      })
    )
      recorded++;
    const entries = s.entries
      .map((e) => ({ item: e.agendaItem.title, missing: missingOf(e) }))
      .filter((e) => e.missing.length);
    if (!entries.length) continue;
    const key = `agenda:${s.id}:${day}`;
    if (await recordEvent(tx, { ...base, kind: "SESSION_AGENDA_INCOMPLETE", dedupeKey: key, payload: { entries } }))
      recorded++;
  }
  return recorded;
}

/** Reminders for circulated minutes a side has not approved; returns events recorded. */
export async function chaseApprovals(tx: Tx, now = clock.now()): Promise<number> {
  const minutes = await tx.minutes.findMany({
    where: {
      status: "CIRCULATED",
      circulatedAt: { lte: new Date(now.getTime() - DAY_MS) },
      session: { status: { not: "CANCELLED" } },
    },
    select: {
      id: true,
      version: true,
      circulatedAt: true,
      sessionId: true,
      approvals: { select: { sideId: true } },
      session: {
        select: {
          committeeId: true,
          committee: { select: { approvalReminderDays: true, sides: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  let recorded = 0;
  for (const m of minutes) {
    if (!m.circulatedAt) continue;
    const { committee, committeeId } = m.session;
    const round = approvalRound(m.circulatedAt, committee.approvalReminderDays, now);
    if (!round) continue;
    const approved = new Set(m.approvals.map((a) => a.sideId));
    const days = Math.floor((now.getTime() - m.circulatedAt.getTime()) / DAY_MS);
    for (const side of committee.sides.filter((s) => !approved.has(s.id))) {
      const event = await recordEvent(tx, {
        kind: "MINUTES_APPROVAL_REMINDER",
        committeeId,
        actorId: null,
        sessionId: m.sessionId,
        minutesId: m.id,
        dedupeKey: `approval:${m.id}:${m.circulatedAt.getTime()}:${side.id}:${round}`,
        payload: { version: m.version, side: side.id, sideName: side.name, days },
      });
      if (event) recorded++;
    }
  }
  return recorded;
}

/** The job (lib/boot/jobs.ts): safe to run as often as wanted, from every instance. Null when
 * another instance holds the lock; the fan-out job then tells the people. */
export async function runChasers(
  now = clock.now(),
): Promise<{ sessions: number; approvals: number; series: number } | null> {
  let result: { sessions: number; approvals: number; series: number } | null = null;
  await withJobLock(JOB_LOCKS.chasers, async (tx) => {
    result = {
      sessions: await chaseSessions(tx, now),
      approvals: await chaseApprovals(tx, now),
      series: await chaseSeries(tx, now),
    };
  });
  return result;
}
