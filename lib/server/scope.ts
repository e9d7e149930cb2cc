// Tenant and visibility `where` clauses used inside every query, so a record out of the
// actor's scope is simply not found. Every scope helper, here and in the domains, is listed
// in the header of ./authz.ts.
import { Prisma } from "@/lib/generated/prisma/client";
import type { WorkspaceRole } from "@/lib/generated/prisma/enums";
import { type Actor, actorInstitutionId } from "./actor";

/** Users of the actor's own institution. */
export function institutionUsersWhere(actor: Actor): Prisma.UserWhereInput {
  return { institutionId: actorInstitutionId(actor) };
}

/** Workspaces the actor is a member of (optionally with one of the given roles). */
export function workspaceWhere(actor: Actor, roles?: WorkspaceRole[]): Prisma.WorkspaceWhereInput {
  return {
    memberships: { some: { userId: actor.id, ...(roles ? { role: { in: roles } } : {}) } },
  };
}

/** Committees of the actor's workspaces (members of any role read them). */
export function committeeWhere(actor: Actor): Prisma.CommitteeWhereInput {
  return { workspace: workspaceWhere(actor) };
}

/** committeeWhere in raw SQL; `c` is the alias of "Committee" in the surrounding query. */
export const visibleCommitteeSql = (actor: Actor) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "WorkspaceMembership" m WHERE m."workspaceId" = c."workspaceId" AND m."userId" = ${actor.id})`;
