import "server-only";
// "Nudge assignees": a manager asks a follow-up's assignees for news. One committee event
// (FOLLOWUP_NUDGED), fanned out to the assignees and emailed at once unless they turned
// reminders off; at most once per follow-up and UTC day, enforced by the event's unique
// dedupeKey (nudge:<follow-up>:<day>), so two managers clicking at once send one nudge.
import { committeeAccess } from "@/lib/committees/service";
import { recordEvent } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { conflict, notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import { clock, isoDateOf } from "@/lib/time/clock";
import { OPEN_FOLLOW_UP_STATUSES } from "./schemas";

export async function nudgeAssignees(actor: Actor, input: { followUpId: string }) {
  return db().$transaction(async (tx) => {
    const followUp = await tx.followUp.findFirst({
      where: { id: input.followUpId, committee: committeeWhere(actor) },
      select: { id: true, committeeId: true, status: true, assignees: { select: { userId: true } } },
    });
    if (!followUp) throw notFound("This follow-up");
    const { committee, role } = await committeeAccess(tx, actor, followUp.committeeId);
    requirePermission(canWorkspace(role, "followup.manage"), "manager_only_followup");
    if (!OPEN_FOLLOW_UP_STATUSES.includes(followUp.status)) throw conflict("nudge_closed");
    if (!followUp.assignees.some((a) => a.userId !== actor.id)) throw conflict("nudge_no_assignees");
    const day = isoDateOf(clock.now());
    const eventId = await recordEvent(tx, {
      kind: "FOLLOWUP_NUDGED",
      committeeId: followUp.committeeId,
      actorId: actor.id,
      followUpId: followUp.id,
      dedupeKey: `nudge:${followUp.id}:${day}`,
    });
    if (!eventId) throw conflict("nudged_today");
    await recordAudit(tx, {
      action: "followup.nudge",
      actor,
      targetType: "follow_up",
      targetId: followUp.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { assignees: followUp.assignees.length },
    });
    return { nudged: followUp.assignees.length };
  });
}

/** When the follow-up was last nudged, and by whom (for its page; null when out of scope). */
export async function lastNudge(actor: Actor, followUpId: string) {
  return db().notificationEvent.findFirst({
    where: { kind: "FOLLOWUP_NUDGED", followUpId, followUp: { committee: committeeWhere(actor) } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
}
