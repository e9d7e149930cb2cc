import "server-only";
import type { WorkspaceRole } from "@/lib/generated/prisma/enums";
import { defaultAreaRows } from "@/lib/reference/technology-areas";
import { type Actor, actorInstitutionId } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canInstitution, canWorkspace, requirePermission, workspaceCan } from "@/lib/server/authz";
import { db, type Tx } from "@/lib/server/db";
import { conflict, invalid, notFound } from "@/lib/server/errors";
import { keyset, toPage } from "@/lib/server/pagination";
import { workspaceWhere } from "@/lib/server/scope";

export async function createWorkspace(actor: Actor, input: { name: string; description: string }) {
  const institutionId = actorInstitutionId(actor);
  requirePermission(canInstitution(actor.institutionRole, "institution.workspaces.create"));
  return db().$transaction(async (tx) => {
    const workspace = await tx.workspace.create({
      data: {
        name: input.name,
        description: input.description,
        hostInstitutionId: institutionId,
        createdById: actor.id,
        memberships: { create: { userId: actor.id, role: "MANAGER" } },
        technologyAreas: { createMany: { data: defaultAreaRows() } },
      },
    });
    await recordAudit(tx, {
      action: "workspace.create",
      actor,
      targetType: "workspace",
      targetId: workspace.id,
      workspaceId: workspace.id,
      institutionId,
      metadata: { name: workspace.name },
    });
    return workspace;
  });
}

/** The actor's workspaces with their role in each (for the switcher and the home page). */
export async function listMyWorkspaces(actor: Actor) {
  const memberships = await db().workspaceMembership.findMany({
    where: { userId: actor.id },
    include: {
      workspace: {
        include: {
          hostInstitution: { select: { name: true, shortName: true } },
          _count: { select: { memberships: true } },
        },
      },
    },
    orderBy: { workspace: { name: "asc" } },
    take: 200,
  });
  return memberships.map((m) => ({ ...m.workspace, myRole: m.role }));
}

/** A workspace the actor belongs to, with the actor's role; 404 otherwise. */
export async function getWorkspace(actor: Actor, workspaceId: string) {
  const workspace = await db().workspace.findFirst({
    where: { id: workspaceId, ...workspaceWhere(actor) },
    include: {
      hostInstitution: { select: { id: true, name: true, shortName: true, countryCode: true } },
      memberships: { where: { userId: actor.id }, select: { role: true } },
      _count: { select: { memberships: true } },
    },
  });
  if (!workspace) throw notFound("This workspace");
  const { memberships, ...rest } = workspace;
  const myRole = memberships[0].role;
  return {
    ...rest,
    myRole,
    can: workspaceCan(myRole, {
      manageMembers: "workspace.members.manage",
      manageTaxonomy: "taxonomy.manage",
      manageBulletins: "bulletin.manage",
    }),
  };
}

export async function listWorkspaceMembers(actor: Actor, workspaceId: string, cursor?: string) {
  await getWorkspace(actor, workspaceId);
  const page = keyset(cursor, 50);
  const rows = await db().workspaceMembership.findMany({
    where: { AND: [{ workspaceId, workspace: workspaceWhere(actor) }, page.where] },
    include: {
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          status: true,
          institution: { select: { name: true, shortName: true } },
        },
      },
    },
    orderBy: page.orderBy,
    take: page.take,
  });
  return toPage(rows, 50);
}

/** Locks the workspace row and returns the actor's role in it; 404 if not a member. */
async function lockWorkspaceAsManager(tx: Tx, actor: Actor, workspaceId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
  const membership = rows.length
    ? await tx.workspaceMembership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: actor.id } } })
    : null;
  if (!membership) throw notFound("This workspace");
  requirePermission(canWorkspace(membership.role, "workspace.members.manage"), "manager_only");
}

// A workspace always keeps at least one manager.
async function assertNotLastManager(tx: Tx, workspaceId: string, membershipId: string) {
  const others = await tx.workspaceMembership.count({
    where: { workspaceId, role: "MANAGER", id: { not: membershipId } },
  });
  if (others === 0) throw conflict("last_manager");
}

export async function addWorkspaceMember(
  actor: Actor,
  input: { workspaceId: string; email: string; role: WorkspaceRole },
) {
  return db().$transaction(async (tx) => {
    await lockWorkspaceAsManager(tx, actor, input.workspaceId);
    const user = await tx.user.findUnique({
      where: { email: input.email },
      include: { institution: { select: { name: true } } },
    });
    if (user?.status !== "ACTIVE" || !user.institutionId) {
      throw invalid("email", "no_such_member");
    }
    const existing = await tx.workspaceMembership.findUnique({
      where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: user.id } },
    });
    if (existing) throw invalid("email", "already_member");
    const membership = await tx.workspaceMembership.create({
      data: { workspaceId: input.workspaceId, userId: user.id, role: input.role },
    });
    await recordAudit(tx, {
      action: "workspace.member_add",
      actor,
      targetType: "user",
      targetId: user.id,
      workspaceId: input.workspaceId,
      institutionId: user.institutionId,
      metadata: { email: user.email, role: input.role, institution: user.institution?.name ?? null },
    });
    return membership;
  });
}

async function findMembership(tx: Tx, workspaceId: string, membershipId: string) {
  const membership = await tx.workspaceMembership.findFirst({
    where: { id: membershipId, workspaceId },
    include: { user: { select: { email: true, institutionId: true } } },
  });
  if (!membership) throw notFound("This member");
  return membership;
}

export async function changeWorkspaceMemberRole(
  actor: Actor,
  input: { workspaceId: string; membershipId: string; role: WorkspaceRole },
) {
  await db().$transaction(async (tx) => {
    await lockWorkspaceAsManager(tx, actor, input.workspaceId);
    const membership = await findMembership(tx, input.workspaceId, input.membershipId);
    if (membership.role === input.role) return;
    if (membership.role === "MANAGER") await assertNotLastManager(tx, input.workspaceId, membership.id);
    await tx.workspaceMembership.update({ where: { id: membership.id }, data: { role: input.role } });
    await recordAudit(tx, {
      action: "workspace.member_role_change",
      actor,
      targetType: "user",
      targetId: membership.userId,
      workspaceId: input.workspaceId,
      institutionId: membership.user.institutionId,
      metadata: { email: membership.user.email, from: membership.role, to: input.role },
    });
  });
}

export async function removeWorkspaceMember(actor: Actor, input: { workspaceId: string; membershipId: string }) {
  await db().$transaction(async (tx) => {
    await lockWorkspaceAsManager(tx, actor, input.workspaceId);
    const membership = await findMembership(tx, input.workspaceId, input.membershipId);
    if (membership.role === "MANAGER") await assertNotLastManager(tx, input.workspaceId, membership.id);
    await tx.workspaceMembership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      action: "workspace.member_remove",
      actor,
      targetType: "user",
      targetId: membership.userId,
      workspaceId: input.workspaceId,
      institutionId: membership.user.institutionId,
      metadata: { email: membership.user.email, role: membership.role },
    });
  });
}
