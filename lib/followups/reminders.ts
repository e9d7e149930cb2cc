import "server-only";
// Follow-up reminders: 7 days and 1 day before the due date, and every day an item is overdue
// (once per day at most), to its assignees and the workspace's members from its lead
// institutions. Each (follow-up, person, kind, day) is recorded in FollowUpReminder before the
// notification is written, in the same transaction: a rerun, or a second app instance, finds
// the row and sends nothing. The job also takes an advisory lock (runFollowUpReminders).
// Weekly: one digest email per person of their open follow-ups (when their reminders reach
// them by email or digest; in their language, with an unsubscribe link for reminders).
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { deliverNotifications, queueWeeklyFollowUps } from "@/lib/notifications/service";
import type { Tx } from "@/lib/server/db";
import { JOB_LOCKS, oncePer, withJobLock } from "@/lib/server/jobs";
import { clock, DAY_MS, isoDateOf, today } from "@/lib/time/clock";
import { OPEN_FOLLOW_UP_STATUSES } from "./schemas";

export type ReminderKind = "DUE_7" | "DUE_1" | "OVERDUE";

const KIND_TO_NOTIFICATION: Record<ReminderKind, NotificationKind> = {
  DUE_7: "FOLLOWUP_DUE_SOON",
  DUE_1: "FOLLOWUP_DUE_TOMORROW",
  OVERDUE: "FOLLOWUP_OVERDUE",
};

/** Which reminder, if any, a follow-up due on `dueDate` gets on `day` (both UTC dates). */
export function reminderFor(dueDate: Date, day: Date): ReminderKind | null {
  const days = Math.round((dueDate.getTime() - day.getTime()) / DAY_MS);
  if (days === 7) return "DUE_7";
  if (days === 1) return "DUE_1";
  if (days < 0) return "OVERDUE";
  return null;
}

/** Sends today's reminders; returns how many notifications were written. */
export async function sendFollowUpReminders(tx: Tx, now = clock.now()): Promise<number> {
  const day = today(now);
  const followUps = await tx.followUp.findMany({
    where: {
      status: { in: [...OPEN_FOLLOW_UP_STATUSES] },
      OR: [
        { dueDate: { lt: day } },
        { dueDate: { in: [new Date(day.getTime() + DAY_MS), new Date(day.getTime() + 7 * DAY_MS)] } },
      ],
    },
    select: {
      id: true,
      dueDate: true,
      committee: { select: { workspaceId: true } },
      assignees: { select: { userId: true } },
      leads: { select: { institutionId: true } },
    },
  });
  let sent = 0;
  for (const f of followUps) {
    const kind = reminderFor(f.dueDate, day);
    if (!kind) continue;
    const contacts = await tx.workspaceMembership.findMany({
      where: {
        workspaceId: f.committee.workspaceId,
        user: {
          status: "ACTIVE",
          OR: [
            { id: { in: f.assignees.map((a) => a.userId) } },
            { institutionId: { in: f.leads.map((l) => l.institutionId) } },
          ],
        },
      },
      select: { userId: true },
    });
    for (const { userId } of contacts) {
      const { count } = await tx.followUpReminder.createMany({
        data: [{ followUpId: f.id, userId, kind, day }],
        skipDuplicates: true,
      });
      if (!count) continue;
      sent += await deliverNotifications(tx, [{ userId, kind: KIND_TO_NOTIFICATION[kind], followUpId: f.id }], now);
    }
  }
  return sent;
}

/** Monday's digest: each person's open follow-ups (assigned to them or led by their institution). */
export async function sendWeeklyFollowUpDigests(tx: Tx, now = clock.now()): Promise<number> {
  const people = await tx.user.findMany({
    where: {
      status: "ACTIVE",
      OR: [
        { followUpAssignments: { some: { followUp: { status: { in: [...OPEN_FOLLOW_UP_STATUSES] } } } } },
        { institution: { followUpLeads: { some: { followUp: { status: { in: [...OPEN_FOLLOW_UP_STATUSES] } } } } } },
      ],
    },
    select: { id: true, email: true, name: true, locale: true, institutionId: true },
  });
  let sent = 0;
  for (const person of people) {
    const open = await tx.followUp.findMany({
      where: {
        status: { in: [...OPEN_FOLLOW_UP_STATUSES] },
        committee: { workspace: { memberships: { some: { userId: person.id } } } },
        OR: [
          { assignees: { some: { userId: person.id } } },
          ...(person.institutionId ? [{ leads: { some: { institutionId: person.institutionId } } }] : []),
        ],
      },
      orderBy: { dueDate: "asc" },
      take: 100,
      select: { id: true, title: true, dueDate: true, progress: true, status: true },
    });
    if (!open.length) continue;
    if (await queueWeeklyFollowUps(tx, person, open, today(now))) sent++;
  }
  return sent;
}

/**
 * The job (lib/boot/jobs.ts): reminders (safe to run often: each is recorded once per person
 * and day) and, on Mondays, the weekly digest (once per ISO week, recorded in SystemState).
 * Returns null when another instance holds the lock.
 */
export async function runFollowUpReminders(now = clock.now()): Promise<{ reminders: number; digests: number } | null> {
  let result: { reminders: number; digests: number } | null = null;
  await withJobLock(JOB_LOCKS.reminders, async (tx) => {
    const reminders = await sendFollowUpReminders(tx, now);
    const monday = now.getUTCDay() === 1;
    const week = isoDateOf(now);
    const digests = monday
      ? await oncePer(tx, "digest.weekly.last_run", week, () => sendWeeklyFollowUpDigests(tx, now))
      : 0;
    result = { reminders, digests: digests ?? 0 };
  });
  return result;
}
