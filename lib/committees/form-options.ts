import "server-only";
import type { Actor } from "@/lib/server/actor";
import { canWorkspace } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";

/** Workspaces where the actor may create committees. */
export async function managedWorkspaces(actor: Actor) {
  const rows = await db().workspaceMembership.findMany({
    where: { userId: actor.id },
    select: { role: true, workspace: { select: { id: true, name: true } } },
    orderBy: { workspace: { name: "asc" } },
  });
  return rows.filter((r) => canWorkspace(r.role, "committee.manage")).map((r) => r.workspace);
}

/** People and institutions of a workspace (the actor must be a member). */
export async function workspacePeople(actor: Actor, workspaceId: string) {
  if (!(await db().workspaceMembership.count({ where: { workspaceId, userId: actor.id } })))
    throw notFound("This workspace");
  const rows = await db().workspaceMembership.findMany({
    where: { workspaceId, user: { status: "ACTIVE" } },
    select: { user: { select: { id: true, name: true, institution: { select: { id: true, shortName: true } } } } },
    orderBy: { user: { name: "asc" } },
    take: 500,
  });
  const institutions = new Map<string, string>();
  for (const r of rows) if (r.user.institution) institutions.set(r.user.institution.id, r.user.institution.shortName);
  return {
    members: rows.map((r) => ({ id: r.user.id, name: r.user.name, institutionId: r.user.institution?.id ?? null })),
    institutions: [...institutions]
      .map(([id, shortName]) => ({ id, shortName }))
      .sort((a, b) => a.shortName.localeCompare(b.shortName)),
  };
}

/** Lead-institution and assignee choices for a committee's follow-ups. */
export async function committeePeople(actor: Actor, committeeId: string) {
  const committee = await db().committee.findFirst({
    where: { id: committeeId, workspace: { memberships: { some: { userId: actor.id } } } },
    select: { workspaceId: true, institutions: { select: { institution: { select: { id: true, shortName: true } } } } },
  });
  if (!committee) throw notFound("This committee");
  const { members } = await workspacePeople(actor, committee.workspaceId);
  return { institutions: committee.institutions.map((i) => i.institution), members };
}
