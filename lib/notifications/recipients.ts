import "server-only";
// Who hears of each committee event: the recipient table, one row per event kind, each an
// ordered list of audiences and what they are told (the event's kind unless stated). A person
// in several audiences is told once, by the first. Then, whoever they are, only active members
// of the committee's workspace (the readers of every committee page: committeeWhere) remain,
// and never the person who made the change.
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";
import type { EventKind, EventPayload } from "./events";

export type Audience =
  /** Assignees the change added (for a new follow-up: all of them) or removed. */
  | "addedAssignees"
  | "removedAssignees"
  /** The follow-up's assignees, and the members of its lead institutions, as they are now. */
  | "assignees"
  | "leadMembers"
  /** Members of the lead institutions the change removed. */
  | "removedLeadMembers"
  | "followUpWatchers"
  | "agendaItemWatchers"
  | "committeeWatchers"
  /** The workspace's managers (who run its committees). */
  | "managers"
  /** Each side's co-chairs. */
  | "coChairs"
  /** The co-chairs of one side (the event's `payload.side`). */
  | "sideCoChairs"
  /** Members of the committee's institutions, on every side. */
  | "participants"
  /** Members of the institutions on the other sides than the event's `payload.side`. */
  | "otherSideMembers"
  /** Who proposed the agenda item, and members named as its presenter on an agenda. */
  | "proposer"
  | "presenters"
  /** Members @mentioned in a comment, and who commented on the same thread before. */
  | "mentioned"
  | "commenters";

export interface RecipientRule {
  audience: Audience;
  kind?: NotificationKind;
}

const followUpFollowers: RecipientRule[] = [
  { audience: "assignees" },
  { audience: "leadMembers" },
  { audience: "followUpWatchers" },
  { audience: "committeeWatchers" },
];
const committeeFollowers: RecipientRule[] = [{ audience: "participants" }, { audience: "committeeWatchers" }];
const agendaItemFollowers: RecipientRule[] = [
  { audience: "proposer" },
  { audience: "presenters" },
  { audience: "agendaItemWatchers" },
  { audience: "committeeWatchers" },
];

export const RECIPIENT_RULES: Record<EventKind, readonly RecipientRule[]> = {
  FOLLOWUP_CREATED: [
    { audience: "addedAssignees", kind: "FOLLOWUP_ASSIGNED" },
    { audience: "leadMembers" },
    { audience: "committeeWatchers" },
  ],
  FOLLOWUP_REASSIGNED: [
    { audience: "addedAssignees", kind: "FOLLOWUP_ASSIGNED" },
    { audience: "removedAssignees", kind: "FOLLOWUP_UNASSIGNED" },
    { audience: "leadMembers" },
    { audience: "followUpWatchers" },
  ],
  FOLLOWUP_LEAD_CHANGED: [
    { audience: "assignees" },
    { audience: "leadMembers" },
    { audience: "removedLeadMembers" },
    { audience: "followUpWatchers" },
  ],
  FOLLOWUP_STATUS_CHANGED: followUpFollowers,
  FOLLOWUP_PROGRESS: followUpFollowers,
  FOLLOWUP_DUE_MOVED: followUpFollowers,
  FOLLOWUP_BLOCKED: [...followUpFollowers, { audience: "managers" }],
  MINUTES_CIRCULATED: [{ audience: "coChairs" }],
  MINUTES_APPROVED: committeeFollowers,
  MINUTES_AMENDED: committeeFollowers,
  SESSION_PLANNED: committeeFollowers,
  SESSION_MOVED: committeeFollowers,
  SESSION_CANCELLED: committeeFollowers,
  SESSION_AGENDA_CHANGED: committeeFollowers,
  DECISION_RECORDED: agendaItemFollowers,
  FEEDBACK_GIVEN: agendaItemFollowers,
  // Chasers: the pack to participants, the incomplete agenda to the managers (the
  // secretariat), unapproved minutes to the late side's co-chairs; a nudge to the assignees.
  SESSION_PACK_READY: [{ audience: "participants" }],
  SESSION_AGENDA_INCOMPLETE: [{ audience: "managers" }],
  MINUTES_APPROVAL_REMINDER: [{ audience: "sideCoChairs" }],
  FOLLOWUP_NUDGED: [{ audience: "assignees" }],
  // Session series: the next session is due and not planned, to those who plan it.
  SERIES_SESSION_DUE: [{ audience: "managers" }, { audience: "coChairs" }],
  // A consultation's summary, released by the convening side: the partner side's members.
  CONSULTATION_RELEASED: [{ audience: "otherSideMembers" }],
  // A parent's decision handed to a sub-committee: the sub-committee's participants and watchers.
  AGENDA_ITEM_DELEGATED: committeeFollowers,
  // A comment's thread: the mention wins; then earlier commenters, the people the record is
  // about (a follow-up's assignees, an agenda item's proposer) and its watchers.
  COMMENT_ADDED: [
    { audience: "mentioned", kind: "MENTION" },
    { audience: "commenters" },
    { audience: "assignees" },
    { audience: "proposer" },
    { audience: "followUpWatchers" },
    { audience: "agendaItemWatchers" },
  ],
  // Documents and notes: the committee's participants and the watchers of where it hangs.
  // A side-internal one reaches only that side's members (the side rule in recipientsOf).
  DOCUMENT_ADDED: [
    { audience: "participants" },
    { audience: "followUpWatchers" },
    { audience: "agendaItemWatchers" },
    { audience: "committeeWatchers" },
  ],
  AGENDA_NOTE_ADDED: [
    { audience: "participants" },
    { audience: "agendaItemWatchers" },
    { audience: "committeeWatchers" },
  ],
};

export interface EventContext {
  committeeId: string;
  workspaceId: string;
  followUpId: string | null;
  agendaItemId: string | null;
  payload: EventPayload;
}

const ids = (rows: { userId?: string; id?: string }[]) => rows.map((r) => (r.userId ?? r.id)!);

/** The user ids of one audience (before the reader filter). */
export async function audienceOf(tx: Tx, e: EventContext, audience: Audience): Promise<string[]> {
  const inWorkspace = { workspaceMemberships: { some: { workspaceId: e.workspaceId } } };
  const watchers = (target: "FOLLOW_UP" | "AGENDA_ITEM" | "COMMITTEE", key: string | null) =>
    key ? tx.watch.findMany({ where: { target, targetKey: key }, select: { userId: true } }).then(ids) : [];
  switch (audience) {
    case "addedAssignees":
      return e.payload.added ?? [];
    case "removedAssignees":
      return e.payload.removed ?? [];
    case "assignees":
      return e.followUpId
        ? ids(await tx.followUpAssignee.findMany({ where: { followUpId: e.followUpId }, select: { userId: true } }))
        : [];
    case "leadMembers":
      if (!e.followUpId) return [];
      return ids(
        await tx.user.findMany({
          where: { ...inWorkspace, institution: { followUpLeads: { some: { followUpId: e.followUpId } } } },
          select: { id: true },
        }),
      );
    case "removedLeadMembers":
      return ids(
        await tx.user.findMany({
          where: { ...inWorkspace, institutionId: { in: e.payload.removed ?? [] } },
          select: { id: true },
        }),
      );
    case "followUpWatchers":
      return watchers("FOLLOW_UP", e.followUpId);
    case "agendaItemWatchers":
      return watchers("AGENDA_ITEM", e.agendaItemId);
    case "committeeWatchers":
      return watchers("COMMITTEE", e.committeeId);
    case "managers":
      return ids(
        await tx.workspaceMembership.findMany({
          where: { workspaceId: e.workspaceId, role: "MANAGER" },
          select: { userId: true },
        }),
      );
    case "coChairs":
      return ids(
        await tx.committeeCoChair.findMany({ where: { committeeId: e.committeeId }, select: { userId: true } }),
      );
    case "sideCoChairs":
      return e.payload.side
        ? ids(
            await tx.committeeCoChair.findMany({
              where: { committeeId: e.committeeId, sideId: e.payload.side },
              select: { userId: true },
            }),
          )
        : [];
    case "participants":
      return ids(
        await tx.user.findMany({
          where: { ...inWorkspace, institution: { committeeSeats: { some: { committeeId: e.committeeId } } } },
          select: { id: true },
        }),
      );
    case "otherSideMembers":
      return e.payload.side
        ? ids(
            await tx.user.findMany({
              where: {
                ...inWorkspace,
                institution: {
                  committeeSeats: { some: { committeeId: e.committeeId, sideId: { not: e.payload.side } } },
                },
              },
              select: { id: true },
            }),
          )
        : [];
    case "proposer": {
      const item = e.agendaItemId
        ? await tx.agendaItem.findUnique({ where: { id: e.agendaItemId }, select: { proposedById: true } })
        : null;
      return item ? [item.proposedById] : [];
    }
    case "presenters":
      return presentersOf(tx, e);
    case "mentioned":
      return e.payload.mentioned ?? [];
    case "commenters":
      return commentersOf(tx, e);
  }
}

/** The presenter of an agenda entry is free text: a side, a guest, or a member by name. */
async function presentersOf(tx: Tx, e: EventContext): Promise<string[]> {
  if (!e.agendaItemId) return [];
  const entries = await tx.agendaEntry.findMany({
    where: { agendaItemId: e.agendaItemId, presenter: { not: "" } },
    select: { presenter: true },
  });
  const names = [...new Set(entries.map((entry) => entry.presenter.trim()))].filter(Boolean);
  if (!names.length) return [];
  return ids(
    await tx.user.findMany({
      where: {
        workspaceMemberships: { some: { workspaceId: e.workspaceId } },
        OR: names.map((name) => ({ name: { equals: name, mode: "insensitive" as const } })),
      },
      select: { id: true },
    }),
  );
}

/** Who wrote on the thread of the event's follow-up or agenda item. */
async function commentersOf(tx: Tx, e: EventContext): Promise<string[]> {
  const thread = e.followUpId ? { followUpId: e.followUpId } : e.agendaItemId ? { agendaItemId: e.agendaItemId } : null;
  if (!thread) return [];
  const rows = await tx.recordComment.findMany({ where: thread, select: { authorId: true }, distinct: ["authorId"] });
  return rows.map((r) => r.authorId);
}

/** Those of `userIds` who may read the committee's records: active members of its workspace. */
export async function committeeReadersAmong(tx: Tx, workspaceId: string, userIds: string[]): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  const readers = await tx.user.findMany({
    where: { id: { in: userIds }, status: "ACTIVE", workspaceMemberships: { some: { workspaceId } } },
    select: { id: true },
  });
  return new Set(readers.map((r) => r.id));
}

/**
 * The side rule for a side-internal record (a document or note with `payload.internalSide`):
 * those of `userIds` whose institution sits on that side of the committee.
 */
export async function sideMembersAmong(
  tx: Tx,
  committeeId: string,
  sideId: string,
  userIds: string[],
): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  const members = await tx.user.findMany({
    where: { id: { in: userIds }, institution: { committeeSeats: { some: { committeeId, sideId } } } },
    select: { id: true },
  });
  return new Set(members.map((m) => m.id));
}

/** Who is told what about an event: person → notification kind (readers only, never the actor). */
export async function recipientsOf(
  tx: Tx,
  e: EventContext & { kind: EventKind; actorId: string | null },
): Promise<Map<string, NotificationKind>> {
  const told = new Map<string, NotificationKind>();
  for (const rule of RECIPIENT_RULES[e.kind]) {
    for (const userId of await audienceOf(tx, e, rule.audience)) {
      if (!told.has(userId)) told.set(userId, rule.kind ?? e.kind);
    }
  }
  if (e.actorId) told.delete(e.actorId);
  const readers = await committeeReadersAmong(tx, e.workspaceId, [...told.keys()]);
  for (const userId of told.keys()) if (!readers.has(userId)) told.delete(userId);
  // Side-internal: the partner side (and members on no side) must not even learn it exists.
  if (e.payload.internalSide) {
    const side = await sideMembersAmong(tx, e.committeeId, e.payload.internalSide, [...told.keys()]);
    for (const userId of told.keys()) if (!side.has(userId)) told.delete(userId);
  }
  return told;
}
