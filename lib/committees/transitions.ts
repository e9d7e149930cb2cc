// Allowed status changes, as tables. Every change goes through `assertTransition`.
import type { AgendaItemStatus, FollowUpStatus, MinutesStatus, SessionStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/server/errors";

export const SESSION_TRANSITIONS: Record<SessionStatus, readonly SessionStatus[]> = {
  PLANNED: ["IN_SESSION", "HELD", "CANCELLED"],
  IN_SESSION: ["HELD"],
  HELD: [],
  CANCELLED: [],
};

export const AGENDA_ITEM_TRANSITIONS: Record<AgendaItemStatus, readonly AgendaItemStatus[]> = {
  PROPOSED: ["ADOPTED", "DECLINED", "WITHDRAWN"],
  ADOPTED: ["IN_PROGRESS", "CONCLUDED", "WITHDRAWN"],
  IN_PROGRESS: ["CONCLUDED", "WITHDRAWN"],
  CONCLUDED: ["IN_PROGRESS"],
  WITHDRAWN: [],
  DECLINED: [],
};

/** DONE and CANCELLED can be reopened; DONE is reached only with a final progress update. */
export const FOLLOW_UP_TRANSITIONS: Record<FollowUpStatus, readonly FollowUpStatus[]> = {
  OPEN: ["IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"],
  IN_PROGRESS: ["BLOCKED", "DONE", "CANCELLED"],
  BLOCKED: ["IN_PROGRESS", "DONE", "CANCELLED"],
  DONE: ["IN_PROGRESS"],
  CANCELLED: ["OPEN"],
};

/** APPROVED is reached when every side's co-chair has approved, and is final (amend instead). */
export const MINUTES_TRANSITIONS: Record<MinutesStatus, readonly MinutesStatus[]> = {
  DRAFT: ["CIRCULATED"],
  CIRCULATED: ["DRAFT", "APPROVED"],
  APPROVED: [],
};

export function canTransition<S extends string>(table: Record<S, readonly S[]>, from: S, to: S): boolean {
  return table[from].includes(to);
}

export function assertTransition<S extends string>(table: Record<S, readonly S[]>, from: S, to: S): void {
  if (from === to) return;
  if (!canTransition(table, from, to)) throw new AppError("CONFLICT", `bad_transition:${from}→${to}`);
}

/** Agenda items that may still go on a session's agenda (the committee's backlog). */
export const OPEN_AGENDA_STATUSES: readonly AgendaItemStatus[] = ["ADOPTED", "IN_PROGRESS"];
export const OPEN_FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ["OPEN", "IN_PROGRESS", "BLOCKED"];
