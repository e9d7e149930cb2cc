import "server-only";
import type { WorkspaceRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission, type WorkspacePermission, workspaceCan } from "@/lib/server/authz";
import { db, type Tx } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import { dateFromIso } from "@/lib/time/clock";
import type { CommitteeInput, CommitteeRemindersInput } from "./schemas";
import { createReportItem, subCommitteeParent } from "./subcommittee-rules";

// Session series (issue 12, item 3): the home page's due sessions and the chaser step.
export { chaseSeries, type DueSession, dueForManager } from "./series-due";

/** What the actor may do in a committee (its pages, sessions and agenda items read this). */
export function committeeCan(role: WorkspaceRole) {
  return workspaceCan(role, {
    manage: "committee.manage",
    manageFollowUps: "followup.manage",
    proposeAgenda: "agenda.propose",
    giveFeedback: "feedback.create",
  });
}

/** The committee (404 unless the actor is in its workspace) and the actor's workspace role. */
export async function committeeAccess(tx: Tx, actor: Actor, committeeId: string, permission?: WorkspacePermission) {
  const committee = await tx.committee.findFirst({
    where: { id: committeeId, ...committeeWhere(actor) },
    select: { id: true, workspaceId: true, name: true },
  });
  if (!committee) throw notFound("This committee");
  const membership = await tx.workspaceMembership.findUniqueOrThrow({
    where: { workspaceId_userId: { workspaceId: committee.workspaceId, userId: actor.id } },
  });
  if (permission)
    requirePermission(
      canWorkspace(membership.role, permission),
      permission === "committee.manage" ? "manager_only_committee" : "forbidden",
    );
  return { committee, role: membership.role as WorkspaceRole, sideIds: await actorSideIds(tx, actor, committee.id) };
}

/**
 * The side rule, next to the committee scope: the sides of a committee the actor's institution
 * sits on (usually one; none for a workspace member whose institution is on no side).
 * Side-internal records (documents, notes, unreleased consultation answers) are readable only
 * when their side is one of these; use `sideVisibleWhere` in the query.
 */
export async function actorSideIds(tx: Tx, actor: Actor, committeeId: string): Promise<string[]> {
  if (!actor.institutionId) return [];
  const rows = await tx.committeeInstitution.findMany({
    where: { committeeId, institutionId: actor.institutionId },
    select: { sideId: true },
  });
  return rows.map((r) => r.sideId);
}

/** Records shared with the committee (`sideId` null) or internal to one of `sideIds`. */
export function sideVisibleWhere(sideIds: readonly string[]) {
  return { OR: [{ sideId: null }, { sideId: { in: [...sideIds] } }] };
}

/** The committee's id, name and workspace; 404 unless the actor is in its workspace. For pages
 * that check access before the rest streams in. */
export async function findCommittee(actor: Actor, committeeId: string) {
  return (await committeeAccess(db(), actor, committeeId)).committee;
}

export async function createCommittee(actor: Actor, input: CommitteeInput) {
  return db().$transaction(async (tx) => {
    const membership = await tx.workspaceMembership.findUnique({
      where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: actor.id } },
    });
    if (!membership) throw notFound("This workspace");
    requirePermission(canWorkspace(membership.role, "committee.manage"), "manager_only_committee");
    const parent = input.parentId ? await subCommitteeParent(tx, actor, { ...input, parentId: input.parentId }) : null;
    // Institutions and co-chairs come from the workspace's members.
    const members = await tx.workspaceMembership.findMany({
      where: { workspaceId: input.workspaceId },
      select: { user: { select: { id: true, institutionId: true } } },
    });
    const memberIds = new Set(members.map((m) => m.user.id));
    const institutionIds = new Set(members.map((m) => m.user.institutionId).filter(Boolean));
    input.sides.forEach((side, i) => {
      if (side.institutions.some((id) => !institutionIds.has(id)))
        throw invalid(`side${i + 1}Institutions`, "unknown_institution");
      if (side.coChairs.some((id) => !memberIds.has(id))) throw invalid(`side${i + 1}CoChairs`, "unknown_member");
    });
    const committee = await tx.committee.create({
      data: {
        workspaceId: input.workspaceId,
        parentId: parent?.id ?? null,
        name: input.name,
        kind: input.kind,
        description: input.description,
        agreementTitle: input.agreementTitle,
        agreementDate: input.agreementDate ? dateFromIso(input.agreementDate) : null,
        countries: { createMany: { data: input.countries.map((countryCode) => ({ countryCode })) } },
      },
    });
    for (const [position, side] of input.sides.entries()) {
      const row = await tx.committeeSide.create({ data: { committeeId: committee.id, name: side.name, position } });
      await tx.committeeInstitution.createMany({
        data: side.institutions.map((institutionId) => ({ committeeId: committee.id, institutionId, sideId: row.id })),
      });
      await tx.committeeCoChair.createMany({
        data: side.coChairs.map((userId) => ({ committeeId: committee.id, userId, sideId: row.id })),
        skipDuplicates: true,
      });
    }
    if (parent) await createReportItem(tx, actor, parent, committee);
    await recordAudit(tx, {
      action: "committee.create",
      actor,
      targetType: "committee",
      targetId: committee.id,
      workspaceId: input.workspaceId,
      institutionId: actor.institutionId,
      metadata: { name: committee.name, ...(parent ? { parentId: parent.id } : {}) },
    });
    return committee;
  });
}

export async function listCommittees(actor: Actor, workspaceId?: string) {
  return db().committee.findMany({
    where: { ...committeeWhere(actor), ...(workspaceId ? { workspaceId } : {}) },
    include: {
      workspace: { select: { id: true, name: true } },
      parent: { select: { id: true, name: true } },
      countries: { select: { countryCode: true } },
      sessions: {
        where: { status: { in: ["PLANNED", "IN_SESSION"] } },
        orderBy: { startsAt: "asc" },
        take: 1,
        select: { id: true, title: true, startsAt: true, timeZone: true },
      },
      _count: { select: { agendaItems: true, followUps: true } },
    },
    orderBy: { name: "asc" },
    take: 200,
  });
}

export async function getCommittee(actor: Actor, committeeId: string) {
  const committee = await db().committee.findFirst({
    where: { id: committeeId, ...committeeWhere(actor) },
    include: {
      workspace: { select: { id: true, name: true } },
      parent: { select: { id: true, name: true } },
      subCommittees: { orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } },
      countries: { select: { countryCode: true } },
      sides: {
        orderBy: { position: "asc" },
        include: {
          institutions: { select: { institution: { select: { id: true, shortName: true, name: true } } } },
          coChairs: { select: { user: { select: { id: true, name: true } } } },
        },
      },
      sessions: { orderBy: { startsAt: "desc" }, include: { _count: { select: { entries: true, decisions: true } } } },
      agendaItems: {
        orderBy: { id: "asc" },
        include: { proposingSide: { select: { name: true } }, _count: { select: { entries: true } } },
      },
    },
  });
  if (!committee) throw notFound("This committee");
  const membership = await db().workspaceMembership.findUniqueOrThrow({
    where: { workspaceId_userId: { workspaceId: committee.workspaceId, userId: actor.id } },
  });
  return { ...committee, role: membership.role, can: committeeCan(membership.role) };
}

/** The committee's reminder settings (when chasers run for it); its managers change them. */
export async function updateCommitteeReminders(actor: Actor, input: CommitteeRemindersInput) {
  return db().$transaction(async (tx) => {
    const { committee } = await committeeAccess(tx, actor, input.committeeId, "committee.manage");
    const before = await tx.committee.findUniqueOrThrow({
      where: { id: committee.id },
      select: { packDaysBefore: true, approvalReminderDays: true },
    });
    await tx.committee.update({
      where: { id: committee.id },
      data: { packDaysBefore: input.packDaysBefore, approvalReminderDays: input.approvalReminderDays },
    });
    await recordAudit(tx, {
      action: "committee.update",
      actor,
      targetType: "committee",
      targetId: committee.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: {
        from: before,
        to: { packDaysBefore: input.packDaysBefore, approvalReminderDays: input.approvalReminderDays },
      },
    });
    return { packDaysBefore: input.packDaysBefore, approvalReminderDays: input.approvalReminderDays };
  });
}
