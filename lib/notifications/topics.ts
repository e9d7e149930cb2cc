// Which topic each notification kind belongs to, and each topic's default channel. A person
// chooses a channel per topic (the preferences page); the unsubscribe link of an email turns
// its topic's email off. Pure data, shared by the server and the preferences form.
import type { NotificationChannel, NotificationKind, NotificationTopic } from "@/lib/generated/prisma/enums";

export const NOTIFICATION_TOPICS = [
  "ASSIGNMENT",
  "APPROVAL",
  "REVIEW",
  "FOLLOWUP_UPDATES",
  "REMINDERS",
  "SESSIONS",
  "MINUTES",
  "AGENDA",
  "MENTIONS",
  "BRIEFS",
] as const satisfies readonly NotificationTopic[];

export const NOTIFICATION_CHANNELS = [
  "EMAIL",
  "DIGEST",
  "IN_APP",
  "OFF",
] as const satisfies readonly NotificationChannel[];

export const TOPIC_OF_KIND: Record<NotificationKind, NotificationTopic> = {
  FOLLOWUP_CREATED: "ASSIGNMENT",
  FOLLOWUP_ASSIGNED: "ASSIGNMENT",
  FOLLOWUP_UNASSIGNED: "ASSIGNMENT",
  FOLLOWUP_REASSIGNED: "ASSIGNMENT",
  FOLLOWUP_LEAD_CHANGED: "ASSIGNMENT",
  MINUTES_CIRCULATED: "APPROVAL",
  BRIEF_SUBMITTED: "REVIEW",
  BRIEF_RETURNED: "REVIEW",
  FOLLOWUP_STATUS_CHANGED: "FOLLOWUP_UPDATES",
  FOLLOWUP_PROGRESS: "FOLLOWUP_UPDATES",
  FOLLOWUP_DUE_MOVED: "FOLLOWUP_UPDATES",
  FOLLOWUP_BLOCKED: "FOLLOWUP_UPDATES",
  FOLLOWUP_DUE_SOON: "REMINDERS",
  FOLLOWUP_DUE_TOMORROW: "REMINDERS",
  FOLLOWUP_OVERDUE: "REMINDERS",
  SESSION_PLANNED: "SESSIONS",
  SESSION_MOVED: "SESSIONS",
  SESSION_CANCELLED: "SESSIONS",
  SESSION_AGENDA_CHANGED: "SESSIONS",
  MINUTES_APPROVED: "MINUTES",
  MINUTES_AMENDED: "MINUTES",
  DECISION_RECORDED: "AGENDA",
  FEEDBACK_GIVEN: "AGENDA",
  MENTION: "MENTIONS",
  COMMENT_ADDED: "MENTIONS",
  BRIEF_PUBLISHED: "BRIEFS",
  BRIEF_REVISED: "BRIEFS",
  // Chasers and the nudge.
  SESSION_PACK_READY: "SESSIONS",
  SESSION_AGENDA_INCOMPLETE: "REMINDERS",
  MINUTES_APPROVAL_REMINDER: "APPROVAL",
  FOLLOWUP_NUDGED: "REMINDERS",
  SERIES_SESSION_DUE: "REMINDERS",
  // Committee documents and notes.
  DOCUMENT_ADDED: "AGENDA",
  AGENDA_NOTE_ADDED: "AGENDA",
  CONSULTATION_RELEASED: "AGENDA",
  AGENDA_ITEM_DELEGATED: "AGENDA",
};

/** Kinds emailed at once whatever the topic's channel, unless the person turned it off: a
 * nudge is a manager asking now, so it does not wait for the digest; a session planned, moved
 * or cancelled carries a calendar invitation, which only works as an email of its own (a
 * digest carries none), so it does not wait either. */
export const AT_ONCE_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  "FOLLOWUP_NUDGED",
  "SESSION_PLANNED",
  "SESSION_MOVED",
  "SESSION_CANCELLED",
]);

/** Assignments and requests to approve or review come at once; the rest waits for the digest. */
export const DEFAULT_CHANNEL: Record<NotificationTopic, NotificationChannel> = {
  ASSIGNMENT: "EMAIL",
  APPROVAL: "EMAIL",
  REVIEW: "EMAIL",
  FOLLOWUP_UPDATES: "DIGEST",
  REMINDERS: "DIGEST",
  SESSIONS: "DIGEST",
  MINUTES: "DIGEST",
  AGENDA: "DIGEST",
  MENTIONS: "DIGEST",
  BRIEFS: "DIGEST",
};

export function isNotificationTopic(value: unknown): value is NotificationTopic {
  return typeof value === "string" && (NOTIFICATION_TOPICS as readonly string[]).includes(value);
}
