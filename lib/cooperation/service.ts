import "server-only";
import type { z } from "zod";
// The cooperation registry: activities belong to a workspace; its members read them and
// contributors and managers record them. Every query carries the membership condition.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { db, type Tx } from "@/lib/server/db";
import { conflict, notFound } from "@/lib/server/errors";
import { keyset, toPage } from "@/lib/server/pagination";
import { workspaceWhere } from "@/lib/server/scope";
import { dateFromIso } from "@/lib/time/clock";
import type {
  ActivityFields,
  CooperationFilters,
  createActivitySchema,
  deleteActivitySchema,
  updateActivitySchema,
} from "./schemas";

export function activityWhere(
  actor: Actor,
  filters: Omit<CooperationFilters, "cursor" | "mode"> = {},
): Prisma.CooperationActivityWhereInput {
  const and: Prisma.CooperationActivityWhereInput[] = [{ workspace: workspaceWhere(actor) }];
  if (filters.workspace) and.push({ workspaceId: filters.workspace });
  if (filters.country) and.push({ partnerCountryCode: filters.country });
  if (filters.field) and.push({ field: filters.field });
  if (filters.q)
    and.push({
      OR: [
        { organisation: { contains: filters.q, mode: "insensitive" } },
        { partner: { contains: filters.q, mode: "insensitive" } },
      ],
    });
  return { AND: and };
}

/** Workspaces where the actor may record activities. */
export async function recordingWorkspaces(actor: Actor) {
  const rows = await db().workspaceMembership.findMany({
    where: { userId: actor.id },
    select: { role: true, workspace: { select: { id: true, name: true } } },
    orderBy: { workspace: { name: "asc" } },
  });
  return rows.filter((r) => canWorkspace(r.role, "cooperation.manage")).map((r) => r.workspace);
}

/** Workspaces the actor can read (for the filters). */
export async function readableWorkspaces(actor: Actor) {
  return db().workspace.findMany({
    where: workspaceWhere(actor),
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/**
 * Ids of the actor's activities with a mode. In SQL because Prisma's `has` on an enum array
 * reaches the embedded database's adapter as a bare string ("malformed array literal").
 */
async function activityIdsWithMode(actor: Actor, mode: NonNullable<CooperationFilters["mode"]>) {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "CooperationActivity" a
    WHERE ${mode}::"CooperationMode" = ANY(a.modes)
      AND a."workspaceId" IN (SELECT m."workspaceId" FROM "WorkspaceMembership" m WHERE m."userId" = ${actor.id})`;
  return rows.map((r) => r.id);
}

export async function listActivities(actor: Actor, filters: CooperationFilters, pageSize = 25) {
  const page = keyset(filters.cursor, pageSize);
  const where: Prisma.CooperationActivityWhereInput = {
    AND: [
      activityWhere(actor, filters),
      ...(filters.mode ? [{ id: { in: await activityIdsWithMode(actor, filters.mode) } }] : []),
    ],
  };
  const [rows, total] = await Promise.all([
    db().cooperationActivity.findMany({
      where: { AND: [where, page.where] },
      orderBy: page.orderBy,
      take: page.take,
      include: { workspace: { select: { id: true, name: true } } },
    }),
    db().cooperationActivity.count({ where }),
  ]);
  return { ...toPage(rows, pageSize), total };
}

async function membershipFor(tx: Tx, actor: Actor, workspaceId: string) {
  const membership = await tx.workspaceMembership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: actor.id } },
  });
  if (!membership) throw notFound("This workspace");
  return membership;
}

/** One activity and whether the actor may change it; 404 outside the actor's workspaces. */
export async function getActivity(actor: Actor, activityId: string) {
  const activity = await db().cooperationActivity.findFirst({
    where: { id: activityId, ...activityWhere(actor) },
    include: { workspace: { select: { id: true, name: true } } },
  });
  if (!activity) throw notFound("This activity");
  const membership = await membershipFor(db(), actor, activity.workspaceId);
  return { ...activity, canEdit: canWorkspace(membership.role, "cooperation.manage") };
}

export function activityData(input: ActivityFields) {
  return {
    organisation: input.organisation,
    organisationType: input.organisationType,
    partner: input.partner,
    partnerType: input.partnerType,
    partnerCountryCode: input.partnerCountry,
    field: input.field,
    modes: [...new Set(input.modes)],
    startDate: dateFromIso(input.startDate),
    endDate: input.endDate ? dateFromIso(input.endDate) : null,
  };
}

export async function createActivity(actor: Actor, input: z.infer<typeof createActivitySchema>) {
  return db().$transaction(async (tx) => {
    const membership = await membershipFor(tx, actor, input.workspaceId);
    requirePermission(canWorkspace(membership.role, "cooperation.manage"), "forbidden");
    const activity = await tx.cooperationActivity.create({
      data: { workspaceId: input.workspaceId, createdById: actor.id, ...activityData(input) },
    });
    await recordAudit(tx, {
      action: "cooperation.create",
      actor,
      targetType: "cooperation",
      targetId: activity.id,
      workspaceId: input.workspaceId,
      institutionId: actor.institutionId,
      metadata: { organisation: activity.organisation, partner: activity.partner },
    });
    return activity;
  });
}

async function editable(tx: Tx, actor: Actor, activityId: string, version: number) {
  const activity = await tx.cooperationActivity.findFirst({ where: { id: activityId, ...activityWhere(actor) } });
  if (!activity) throw notFound("This activity");
  const membership = await membershipFor(tx, actor, activity.workspaceId);
  requirePermission(canWorkspace(membership.role, "cooperation.manage"), "forbidden");
  if (activity.version !== version)
    throw conflict("stale_activity", { version: activity.version, updatedAt: activity.updatedAt.toISOString() });
  return activity;
}

export async function updateActivity(actor: Actor, input: z.infer<typeof updateActivitySchema>) {
  return db().$transaction(async (tx) => {
    const activity = await editable(tx, actor, input.activityId, input.version);
    // The version in the where clause refuses a write that raced past the check above.
    const { count } = await tx.cooperationActivity.updateMany({
      where: { id: activity.id, version: input.version },
      data: { ...activityData(input), version: { increment: 1 } },
    });
    if (!count) throw conflict("stale_activity");
    await recordAudit(tx, {
      action: "cooperation.update",
      actor,
      targetType: "cooperation",
      targetId: activity.id,
      workspaceId: activity.workspaceId,
      institutionId: actor.institutionId,
    });
    return { id: activity.id, version: input.version + 1 };
  });
}

export async function deleteActivity(actor: Actor, input: z.infer<typeof deleteActivitySchema>) {
  return db().$transaction(async (tx) => {
    const activity = await editable(tx, actor, input.activityId, input.version);
    await tx.cooperationActivity.delete({ where: { id: activity.id } });
    await recordAudit(tx, {
      action: "cooperation.delete",
      actor,
      targetType: "cooperation",
      targetId: activity.id,
      workspaceId: activity.workspaceId,
      institutionId: actor.institutionId,
      metadata: { organisation: activity.organisation, partner: activity.partner },
    });
    return { id: activity.id };
  });
}
