// Who may read a brief: the one rule of DESIGN.md "Visibility of intelligence", written twice
// on purpose, side by side: as a Prisma `where` (pages, lists, counts, notifications,
// bulletins) and as a SQL fragment (full-text search, exports), because ranking needs raw
// SQL. tests/integration/brief-visibility.test.ts checks both against the same table.
//
// - The author always reads their own brief, in any status.
// - IN_REVIEW: also the managers of the brief's workspace (its reviewers).
// - PUBLISHED / ARCHIVED, by distribution:
//   RESTRICTED  the author and named recipients
//   INSTITUTION members of the author's institution
//   WORKSPACE   members of the brief's workspace, any institution, any role
//   COMMUNITY   members of any institution
//   PUBLIC      anyone signed in
// Deactivated users never get here: getCurrentUser refuses them, and notifications and
// mentions only go to active users.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";

export function briefReadableWhere(actor: Actor): Prisma.BriefWhereInput {
  const published: Prisma.BriefWhereInput[] = [
    { distribution: "PUBLIC" },
    { distribution: "WORKSPACE", workspace: { memberships: { some: { userId: actor.id } } } },
    { distribution: "RESTRICTED", recipients: { some: { userId: actor.id } } },
  ];
  if (actor.institutionId) {
    published.push({ distribution: "COMMUNITY" }, { distribution: "INSTITUTION", institutionId: actor.institutionId });
  }
  return {
    OR: [
      { authorId: actor.id },
      { status: "IN_REVIEW", workspace: { memberships: { some: { userId: actor.id, role: "MANAGER" } } } },
      { status: { in: ["PUBLISHED", "ARCHIVED"] }, OR: published },
    ],
  };
}

/** The same rule for raw SQL; `b` is the alias of "Brief" in the surrounding query. */
export function briefReadableSql(actor: Actor): Prisma.Sql {
  const institutionId = actor.institutionId ?? null;
  return Prisma.sql`(
    b."authorId" = ${actor.id}
    OR (b.status = 'IN_REVIEW' AND EXISTS (
      SELECT 1 FROM "WorkspaceMembership" m WHERE m."workspaceId" = b."workspaceId" AND m."userId" = ${actor.id} AND m.role = 'MANAGER'))
    OR (b.status IN ('PUBLISHED', 'ARCHIVED') AND (
      b.distribution = 'PUBLIC'
      OR (b.distribution = 'COMMUNITY' AND ${institutionId}::text IS NOT NULL)
      OR (b.distribution = 'INSTITUTION' AND b."institutionId" = ${institutionId}::text)
      OR (b.distribution = 'WORKSPACE' AND EXISTS (
        SELECT 1 FROM "WorkspaceMembership" m WHERE m."workspaceId" = b."workspaceId" AND m."userId" = ${actor.id}))
      OR (b.distribution = 'RESTRICTED' AND EXISTS (
        SELECT 1 FROM "BriefRecipient" r WHERE r."briefId" = b.id AND r."userId" = ${actor.id}))
    ))
  )`;
}
