// The committee events services record (lib/notifications/service.ts `recordEvent`), with the
// payload each kind carries: what changed, as the recipient rules and the texts need it.
import type { DecisionType, FeedbackKind, FollowUpStatus, NotificationKind } from "@/lib/generated/prisma/enums";

export const EVENT_KINDS = [
  "FOLLOWUP_CREATED",
  "FOLLOWUP_REASSIGNED",
  "FOLLOWUP_LEAD_CHANGED",
  "FOLLOWUP_STATUS_CHANGED",
  "FOLLOWUP_PROGRESS",
  "FOLLOWUP_DUE_MOVED",
  "FOLLOWUP_BLOCKED",
  "MINUTES_CIRCULATED",
  "MINUTES_APPROVED",
  "MINUTES_AMENDED",
  "SESSION_PLANNED",
  "SESSION_MOVED",
  "SESSION_CANCELLED",
  "SESSION_AGENDA_CHANGED",
  "DECISION_RECORDED",
  "FEEDBACK_GIVEN",
  "COMMENT_ADDED",
  // Chasers (./chasers.ts) and the nudge (lib/followups/nudge.ts).
  "SESSION_PACK_READY",
  "SESSION_AGENDA_INCOMPLETE",
  "MINUTES_APPROVAL_REMINDER",
  "FOLLOWUP_NUDGED",
  // Session series (lib/committees/series-due.ts).
  "SERIES_SESSION_DUE",
  // Committee documents and agenda item notes (lib/committees/documents.ts).
  "DOCUMENT_ADDED",
  "AGENDA_NOTE_ADDED",
  // Consultations (lib/consultations): a round's summary released to the other side(s).
  "CONSULTATION_RELEASED",
  // Two tracks (lib/committees/subcommittees.ts): a decision handed to a sub-committee.
  "AGENDA_ITEM_DELEGATED",
] as const satisfies readonly NotificationKind[];
export type EventKind = (typeof EVENT_KINDS)[number];

/** A session's time and place as an event remembers it. */
export interface SessionTime {
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place: string;
}

/** Who changed: user ids (assignees) or institution ids (leads). */
export interface Changed {
  added: string[];
  removed: string[];
}

type FollowUpEvent =
  | { kind: "FOLLOWUP_CREATED"; payload: { added: string[] } }
  | { kind: "FOLLOWUP_REASSIGNED" | "FOLLOWUP_LEAD_CHANGED"; payload: Changed }
  | { kind: "FOLLOWUP_STATUS_CHANGED"; payload: { from: FollowUpStatus; to: FollowUpStatus } }
  | { kind: "FOLLOWUP_PROGRESS"; payload: { from: FollowUpStatus; to: FollowUpStatus; progress: number } }
  | { kind: "FOLLOWUP_DUE_MOVED"; payload: { from: string; to: string } };

// `sequence`: the session's calendar revision after the change (lib/notifications/invitation.ts).
type SessionEvent =
  | { kind: "SESSION_PLANNED" | "SESSION_CANCELLED"; payload?: { sequence?: number } }
  | { kind: "SESSION_MOVED"; payload: { from: SessionTime; to: SessionTime; sequence?: number } }
  | {
      kind: "SESSION_AGENDA_CHANGED";
      payload: { change: "added" | "removed" | "changed" | "reordered"; item: string };
    };

/** What a service passes to `recordEvent`: the change, its committee and who made it. */
export type CommitteeEventInput = {
  committeeId: string;
  /** Who made the change; null for the system (a chaser). */
  actorId: string | null;
} & (
  | ({ followUpId: string } & FollowUpEvent)
  | ({ sessionId: string } & SessionEvent)
  | {
      kind: "MINUTES_CIRCULATED" | "MINUTES_APPROVED" | "MINUTES_AMENDED";
      sessionId: string;
      minutesId: string;
      payload: { version: number };
    }
  | { kind: "DECISION_RECORDED"; sessionId: string; agendaItemId: string; payload: { type: DecisionType } }
  | { kind: "FEEDBACK_GIVEN"; agendaItemId: string; payload: { kind: FeedbackKind } }
  | { kind: "CONSULTATION_RELEASED"; agendaItemId: string; payload: { side: string; consultationId: string } }
  // On the sub-committee, about the agenda item made there; `parent`: the delegating committee.
  | { kind: "AGENDA_ITEM_DELEGATED"; agendaItemId: string; payload: { parent: string } }
  | ({ kind: "COMMENT_ADDED"; payload: CommentPayload } & ({ followUpId: string } | { agendaItemId: string }))
  | ChaserEvent
  | PaperEvent
);

/**
 * A document (or a new version of one) or an agenda item note. `internalSide`: the side it is
 * internal to (null: shared); then only that side's members are told (recipients.ts).
 */
export interface PaperPayload {
  internalSide: string | null;
  document?: string;
  documentId?: string;
  number?: number;
  noteKind?: string;
}
type PaperEvent =
  | ({ kind: "DOCUMENT_ADDED"; payload: PaperPayload } & (
      | { parent?: "committee" }
      | { sessionId: string }
      | { agendaItemId: string }
      | { followUpId: string }
    ))
  | { kind: "AGENDA_NOTE_ADDED"; agendaItemId: string; payload: PaperPayload };

/** An agenda entry the secretariat still has to complete. */
export interface IncompleteEntry {
  item: string;
  missing: ("presenter" | "time")[];
}

/** Chasers and the nudge happen once per subject and period: `dedupeKey` names it (unique). */
type ChaserEvent = { dedupeKey: string } & (
  | { kind: "SESSION_PACK_READY"; sessionId: string; payload: { round: number } }
  | { kind: "SESSION_AGENDA_INCOMPLETE"; sessionId: string; payload: { entries: IncompleteEntry[] } }
  | {
      kind: "MINUTES_APPROVAL_REMINDER";
      sessionId: string;
      minutesId: string;
      payload: { version: number; side: string; sideName: string; days: number };
    }
  | { kind: "FOLLOWUP_NUDGED"; followUpId: string; payload?: Record<string, never> }
  // The next session is due (`due`, an instant) and not planned; `sessionId`: the last held one.
  | { kind: "SERIES_SESSION_DUE"; sessionId: string; payload: { due: string; stage: "soon" | "overdue"; days: number } }
);

/** A comment on a follow-up or an agenda item: which one (for the link) and whom it mentions. */
export interface CommentPayload {
  commentId: string;
  mentioned: string[];
}

/** Payload fields any event may carry, as the fan-out and the texts read them. */
export interface EventPayload {
  added?: string[];
  removed?: string[];
  from?: string | SessionTime;
  to?: string | SessionTime;
  progress?: number;
  version?: number;
  change?: string;
  item?: string;
  type?: string;
  kind?: string;
  // Chasers: the pack's round, the incomplete agenda entries, the side asked to approve.
  round?: number;
  entries?: IncompleteEntry[];
  side?: string;
  sideName?: string;
  days?: number;
  sequence?: number;
  commentId?: string;
  mentioned?: string[];
  // Session series: when the next session is due, and whether that is soon or past.
  due?: string;
  stage?: "soon" | "overdue";
  // Documents and notes: the side a record is internal to (null: shared), the document's title.
  internalSide?: string | null;
  document?: string;
  documentId?: string;
  number?: number;
  noteKind?: string;
  /** A released consultation round (its convening side is `side`). */
  consultationId?: string;
  /** A decision handed to a sub-committee: the parent committee's name. */
  parent?: string;
}

/** The agenda of a session counts as news only within this many days before it starts. */
export const AGENDA_CHANGE_WINDOW_DAYS = 7;
