// Allowed status changes of sessions, agenda items and minutes, as tables. Every change goes
// through `assertTransition` (lib/server/transitions.ts). Follow-ups: lib/followups/transitions.ts.
import type { AgendaItemStatus, MinutesStatus, SessionStatus } from "@/lib/generated/prisma/enums";
import type { TransitionTable } from "@/lib/server/transitions";

export const SESSION_TRANSITIONS: TransitionTable<SessionStatus> = {
  PLANNED: ["IN_SESSION", "HELD", "CANCELLED"],
  IN_SESSION: ["HELD"],
  HELD: [],
  CANCELLED: [],
};

export const AGENDA_ITEM_TRANSITIONS: TransitionTable<AgendaItemStatus> = {
  PROPOSED: ["ADOPTED", "DECLINED", "WITHDRAWN"],
  ADOPTED: ["IN_PROGRESS", "CONCLUDED", "WITHDRAWN"],
  IN_PROGRESS: ["CONCLUDED", "WITHDRAWN"],
  CONCLUDED: ["IN_PROGRESS"],
  WITHDRAWN: [],
  DECLINED: [],
};

/** APPROVED is reached when every side's co-chair has approved, and is final (amend instead). */
export const MINUTES_TRANSITIONS: TransitionTable<MinutesStatus> = {
  DRAFT: ["CIRCULATED"],
  CIRCULATED: ["DRAFT", "APPROVED"],
  APPROVED: [],
};

/** Agenda items that may still go on a session's agenda (the committee's backlog). */
export const OPEN_AGENDA_STATUSES: readonly AgendaItemStatus[] = ["ADOPTED", "IN_PROGRESS"];
