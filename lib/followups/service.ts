import "server-only";
// Follow-ups: created by managers from a decision or an agenda item; progress is posted by
// assignees and members of a lead institution (contributors), or by managers. Every write
// checks the version it was based on; status changes follow the transition table.
import type { z } from "zod";
import { committeeAccess } from "@/lib/committees/service";
import { answerForFollowUp } from "@/lib/consultations/service";
import type { FollowUpStatus, WorkspaceRole } from "@/lib/generated/prisma/enums";
import { publishBoard } from "@/lib/live/service";
import { recordEvent } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { db, type Tx } from "@/lib/server/db";
import { AppError, conflict, invalid, notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import { assertTransition } from "@/lib/server/transitions";
import { clock, dateFromIso, isoDateOf } from "@/lib/time/clock";
import type { createFollowUpSchema, progressSchema, statusSchema, updateFollowUpSchema } from "./schemas";
import { FOLLOW_UP_TRANSITIONS } from "./transitions";

/** Who a save added and removed (assignees or lead institutions). */
const changed = (before: string[], after: string[]) => ({
  added: after.filter((id) => !before.includes(id)),
  removed: before.filter((id) => !after.includes(id)),
});

async function checkPeople(tx: Tx, committeeId: string, workspaceId: string, leads: string[], assignees: string[]) {
  const uniqueLeads = [...new Set(leads)];
  if (
    (await tx.committeeInstitution.count({ where: { committeeId, institutionId: { in: uniqueLeads } } })) !==
    uniqueLeads.length
  )
    throw invalid("leads", "unknown_lead");
  const uniqueAssignees = [...new Set(assignees)];
  if (
    uniqueAssignees.length &&
    (await tx.workspaceMembership.count({
      where: { workspaceId, userId: { in: uniqueAssignees }, user: { status: "ACTIVE" } },
    })) !== uniqueAssignees.length
  ) {
    throw invalid("assignees", "unknown_member");
  }
  return { leads: uniqueLeads, assignees: uniqueAssignees };
}

export async function createFollowUp(actor: Actor, input: z.infer<typeof createFollowUpSchema>) {
  return db().$transaction(async (tx) => {
    const { committee, sideIds } = await committeeAccess(tx, actor, input.committeeId, "followup.manage");
    // Where it comes from (a decision, feedback, an answer, an item) must be one agenda item.
    const origins: string[] = input.agendaItemId ? [input.agendaItemId] : [];
    if (input.decisionId) {
      const decision = await tx.decision.findFirst({
        where: { id: input.decisionId, session: { committeeId: committee.id } },
      });
      if (!decision) throw invalid("decisionId", "unknown_decision");
      origins.push(decision.agendaItemId);
    }
    if (input.feedbackId) {
      const feedback = await tx.feedback.findFirst({
        where: { id: input.feedbackId, agendaItem: { committeeId: committee.id } },
      });
      if (!feedback) throw invalid("feedbackId", "unknown_feedback");
      origins.push(feedback.agendaItemId);
    }
    // From a consultation answer: only a reader of the answer (the round's convening side).
    if (input.consultationAnswerId) {
      const answer = await answerForFollowUp(tx, input.consultationAnswerId, committee.id, sideIds);
      if (!answer) throw invalid("consultationAnswerId", "unknown_answer");
      origins.push(answer.agendaItemId);
    }
    if (new Set(origins).size > 1) throw invalid("agendaItemId", "origins_differ");
    const agendaItemId = origins[0] ?? null;
    if (agendaItemId && !(await tx.agendaItem.count({ where: { id: agendaItemId, committeeId: committee.id } })))
      throw invalid("agendaItemId", "unknown_agenda_item");
    const people = await checkPeople(tx, committee.id, committee.workspaceId, input.leads, input.assignees);
    const followUp = await tx.followUp.create({
      data: {
        committeeId: committee.id,
        agendaItemId,
        decisionId: input.decisionId || null,
        feedbackId: input.feedbackId || null,
        consultationAnswerId: input.consultationAnswerId || null,
        title: input.title,
        description: input.description,
        dueDate: dateFromIso(input.dueDate),
        priority: input.priority,
        createdById: actor.id,
        leads: { createMany: { data: people.leads.map((institutionId) => ({ institutionId })) } },
        assignees: { createMany: { data: people.assignees.map((userId) => ({ userId })) } },
      },
    });
    await recordAudit(tx, {
      action: "followup.create",
      actor,
      targetType: "follow_up",
      targetId: followUp.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { title: followUp.title },
    });
    await recordEvent(tx, {
      kind: "FOLLOWUP_CREATED",
      committeeId: committee.id,
      actorId: actor.id,
      followUpId: followUp.id,
      payload: { added: people.assignees },
    });
    await publishBoard(tx, committee.id);
    return followUp;
  });
}

const followUpInclude = {
  committee: { select: { id: true, name: true, workspaceId: true } },
  agendaItem: { select: { id: true, title: true } },
  decision: { select: { id: true, type: true, text: true, session: { select: { id: true, title: true } } } },
  feedback: { select: { id: true, kind: true, text: true, author: { select: { name: true } } } },
  leads: { select: { institution: { select: { id: true, shortName: true, name: true } } } },
  assignees: { select: { user: { select: { id: true, name: true, institutionId: true } } } },
  createdBy: { select: { name: true } },
} as const;

export interface FollowUpPermissions {
  edit: boolean;
  progress: boolean;
}

/** Managers do everything; contributors update what they are assigned to or their institution leads. */
export function followUpPermissions(
  actor: Actor,
  role: WorkspaceRole,
  f: { assignees: { user: { id: string } }[]; leads: { institution: { id: string } }[] },
): FollowUpPermissions {
  const manager = canWorkspace(role, "followup.manage");
  const involved =
    f.assignees.some((a) => a.user.id === actor.id) ||
    (!!actor.institutionId && f.leads.some((l) => l.institution.id === actor.institutionId));
  return { edit: manager, progress: manager || (canWorkspace(role, "followup.update") && involved) };
}

export async function getFollowUp(actor: Actor, followUpId: string) {
  const followUp = await db().followUp.findFirst({
    where: { id: followUpId, committee: committeeWhere(actor) },
    include: {
      ...followUpInclude,
      updates: {
        orderBy: { id: "desc" },
        include: { author: { select: { name: true, institution: { select: { shortName: true } } } } },
      },
    },
  });
  if (!followUp) throw notFound("This follow-up");
  const { role } = await committeeAccess(db(), actor, followUp.committeeId);
  return { ...followUp, can: followUpPermissions(actor, role, followUp) };
}

// NO KEY UPDATE: excludes other writers but not the key-share locks of rows that reference the
// follow-up (notifications being written for it), so fanning out never waits for a writer.
async function lockFollowUp(tx: Tx, actor: Actor, followUpId: string) {
  await tx.$queryRaw`SELECT id FROM "FollowUp" WHERE id = ${followUpId} FOR NO KEY UPDATE`;
  const followUp = await tx.followUp.findFirst({
    where: { id: followUpId, committee: committeeWhere(actor) },
    include: followUpInclude,
  });
  if (!followUp) throw notFound("This follow-up");
  const { role } = await committeeAccess(tx, actor, followUp.committeeId);
  return { followUp, can: followUpPermissions(actor, role, followUp) };
}

function assertVersion(
  f: { version: number; updatedAt: Date; status: FollowUpStatus; progress: number },
  version: number,
) {
  if (f.version !== version)
    throw conflict("stale_follow_up", {
      version: f.version,
      status: f.status,
      progress: f.progress,
      updatedAt: f.updatedAt.toISOString(),
    });
}

export async function updateFollowUp(actor: Actor, input: z.infer<typeof updateFollowUpSchema>) {
  return db().$transaction(async (tx) => {
    const { followUp, can } = await lockFollowUp(tx, actor, input.followUpId);
    requirePermission(can.edit, "manager_only_followup");
    assertVersion(followUp, input.version);
    const people = await checkPeople(
      tx,
      followUp.committeeId,
      followUp.committee.workspaceId,
      input.leads,
      input.assignees,
    );
    await tx.followUpLead.deleteMany({ where: { followUpId: followUp.id } });
    await tx.followUpAssignee.deleteMany({ where: { followUpId: followUp.id } });
    const updated = await tx.followUp.update({
      where: { id: followUp.id },
      data: {
        title: input.title,
        description: input.description,
        dueDate: dateFromIso(input.dueDate),
        priority: input.priority,
        version: { increment: 1 },
        leads: { createMany: { data: people.leads.map((institutionId) => ({ institutionId })) } },
        assignees: { createMany: { data: people.assignees.map((userId) => ({ userId })) } },
      },
    });
    await recordAudit(tx, {
      action: "followup.update",
      actor,
      targetType: "follow_up",
      targetId: followUp.id,
      workspaceId: followUp.committee.workspaceId,
      institutionId: actor.institutionId,
    });
    const event = { committeeId: followUp.committeeId, actorId: actor.id, followUpId: followUp.id };
    const before = {
      assignees: followUp.assignees.map((a) => a.user.id),
      leads: followUp.leads.map((l) => l.institution.id),
    };
    await recordEvent(tx, {
      ...event,
      kind: "FOLLOWUP_REASSIGNED",
      payload: changed(before.assignees, people.assignees),
    });
    await recordEvent(tx, { ...event, kind: "FOLLOWUP_LEAD_CHANGED", payload: changed(before.leads, people.leads) });
    await recordEvent(tx, {
      ...event,
      kind: "FOLLOWUP_DUE_MOVED",
      payload: { from: isoDateOf(followUp.dueDate), to: input.dueDate },
    });
    await publishBoard(tx, followUp.committeeId);
    return { id: updated.id, version: updated.version };
  });
}

/** A progress update; the only way to close a follow-up as DONE (which sets 100%). */
export async function postProgress(actor: Actor, input: z.infer<typeof progressSchema>) {
  return db().$transaction(async (tx) => {
    const { followUp, can } = await lockFollowUp(tx, actor, input.followUpId);
    requirePermission(can.progress, "cannot_update_followup");
    assertVersion(followUp, input.version);
    assertTransition(FOLLOW_UP_TRANSITIONS, followUp.status, input.status);
    const progress = input.status === "DONE" ? 100 : input.progress;
    await tx.progressUpdate.create({
      data: {
        followUpId: followUp.id,
        authorId: actor.id,
        text: input.text,
        progress,
        evidence: input.evidence,
        fromStatus: followUp.status,
        toStatus: input.status,
      },
    });
    const closing = input.status === "DONE" || input.status === "CANCELLED";
    const updated = await tx.followUp.update({
      where: { id: followUp.id },
      data: { status: input.status, progress, version: { increment: 1 }, closedAt: closing ? clock.now() : null },
    });
    await recordAudit(tx, {
      action: "followup.progress",
      actor,
      targetType: "follow_up",
      targetId: followUp.id,
      workspaceId: followUp.committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { from: followUp.status, to: input.status, progress },
    });
    await recordEvent(tx, {
      kind: "FOLLOWUP_PROGRESS",
      committeeId: followUp.committeeId,
      actorId: actor.id,
      followUpId: followUp.id,
      payload: { from: followUp.status, to: input.status, progress },
    });
    await publishBoard(tx, followUp.committeeId);
    return { id: updated.id, version: updated.version, status: updated.status, progress: updated.progress };
  });
}

/** A status change alone (the board). DONE needs a final update, so it is refused here. */
export async function setFollowUpStatus(actor: Actor, input: z.infer<typeof statusSchema>) {
  if (input.status === "DONE") throw new AppError("CONFLICT", "done_needs_update");
  return db().$transaction(async (tx) => {
    const { followUp, can } = await lockFollowUp(tx, actor, input.followUpId);
    requirePermission(can.progress, "cannot_update_followup");
    assertVersion(followUp, input.version);
    assertTransition(FOLLOW_UP_TRANSITIONS, followUp.status, input.status);
    await tx.progressUpdate.create({
      data: {
        followUpId: followUp.id,
        authorId: actor.id,
        text: "",
        progress: followUp.progress,
        fromStatus: followUp.status,
        toStatus: input.status,
      },
    });
    const updated = await tx.followUp.update({
      where: { id: followUp.id },
      data: {
        status: input.status,
        version: { increment: 1 },
        closedAt: input.status === "CANCELLED" ? clock.now() : null,
      },
    });
    await recordAudit(tx, {
      action: "followup.progress",
      actor,
      targetType: "follow_up",
      targetId: followUp.id,
      workspaceId: followUp.committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { from: followUp.status, to: input.status },
    });
    await recordEvent(tx, {
      kind: "FOLLOWUP_STATUS_CHANGED",
      committeeId: followUp.committeeId,
      actorId: actor.id,
      followUpId: followUp.id,
      payload: { from: followUp.status, to: input.status },
    });
    await publishBoard(tx, followUp.committeeId);
    return { id: updated.id, version: updated.version, status: updated.status };
  });
}
