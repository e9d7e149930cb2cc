// A delegation member's status, as a table (checked by assertTransition, lib/server/transitions.ts):
// INVITED → ACCEPTED / DECLINED / TENTATIVE (answers may change while the session is ahead),
// then ATTENDED or ABSENT once the session is in session or held (managers mark them, and may
// correct one into the other). Who may make which change, and when, is in ./service.ts.
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import type { TransitionTable } from "@/lib/server/transitions";

export const DELEGATION_STATUSES = ["INVITED", "ACCEPTED", "DECLINED", "TENTATIVE", "ATTENDED", "ABSENT"] as const;
/** What a person answers to an invitation (by link or in the app). */
export const ANSWERS = ["ACCEPTED", "TENTATIVE", "DECLINED"] as const;
/** What a manager marks at or after the session. */
export const ATTENDANCE = ["ATTENDED", "ABSENT"] as const;

export const DELEGATION_TRANSITIONS: TransitionTable<DelegationStatus> = {
  INVITED: ["ACCEPTED", "DECLINED", "TENTATIVE", "ATTENDED", "ABSENT"],
  ACCEPTED: ["DECLINED", "TENTATIVE", "ATTENDED", "ABSENT"],
  TENTATIVE: ["ACCEPTED", "DECLINED", "ATTENDED", "ABSENT"],
  DECLINED: ["ACCEPTED", "TENTATIVE", "ATTENDED", "ABSENT"],
  ATTENDED: ["ABSENT"],
  ABSENT: ["ATTENDED"],
};

/** Who is listed as attending: for a held session those marked present, else who said yes or maybe. */
export function attendeeStatuses(sessionStatus: string): DelegationStatus[] {
  return sessionStatus === "HELD" ? ["ATTENDED"] : ["ACCEPTED", "TENTATIVE", "ATTENDED"];
}
