// The permission table: role → permissions, as data. Services check it (`canWorkspace`,
// `canInstitution`, `canPlatform`, `requirePermission`) and hand pages what the viewer may do
// as `can` (`workspaceCan` builds one); pages and components read `can`, never this table.
//
// Scope helpers: the `where` clauses that put the tenant inside every query, so a record out
// of scope is simply not found (404). Each one a service applies:
//   lib/server/actor.ts              actorInstitutionId   refuses a missing tenant id
//   lib/server/scope.ts              institutionUsersWhere, workspaceWhere(roles?),
//                                    committeeWhere, visibleCommitteeSql (committeeWhere in SQL)
//   lib/committees/service.ts        committeeAccess      a committee in scope + the actor's role
//   lib/committees/service.ts        sideVisibleWhere     side-internal records: shared, or of the actor's side
//   lib/briefs/visibility.ts         briefReadableWhere, briefReadableSql   who reads a brief
//   lib/notifications/service.ts     visibleNotificationsWhere   only while its subject is visible
//   lib/live/access.ts               mayReadCommittee     committeeWhere for many readers (live board)
//   lib/followups/list.ts            followUpWhere        committeeWhere + the list's filters
//   lib/cooperation/service.ts       activityWhere        workspaceWhere + the registry's filters
//   lib/cooperation/stats.ts         scoped               activityWhere in SQL (a CTE)
//   lib/audit/service.ts             auditScope           operators all; admins their institution
//   lib/email/service.ts             outboxScope          mail to the admin's members and invitees
//   lib/server/session-records.ts    liveSessionWhere     a session that still opens doors
import type { InstitutionRole, WorkspaceRole } from "@/lib/generated/prisma/enums";
import { AppError } from "./errors";

export const PLATFORM_PERMISSIONS = ["platform.institutions.manage", "platform.audit.read"] as const;

export const INSTITUTION_PERMISSIONS = [
  "institution.members.read",
  "institution.members.invite",
  "institution.members.manage",
  "institution.audit.read",
  "institution.workspaces.create",
] as const;

export const WORKSPACE_PERMISSIONS = [
  "workspace.read",
  "workspace.update",
  "workspace.members.manage",
  "brief.create",
  "brief.review",
  "bulletin.manage",
  "taxonomy.manage",
  "comment.create",
  "committee.manage",
  "agenda.propose",
  "feedback.create",
  "followup.manage",
  "followup.update",
  "cooperation.manage",
] as const;

export type PlatformPermission = (typeof PLATFORM_PERMISSIONS)[number];
export type InstitutionPermission = (typeof INSTITUTION_PERMISSIONS)[number];
export type WorkspacePermission = (typeof WORKSPACE_PERMISSIONS)[number];

export const PLATFORM_ROLE_PERMISSIONS: Record<"OPERATOR", readonly PlatformPermission[]> = {
  OPERATOR: PLATFORM_PERMISSIONS,
};

export const INSTITUTION_ROLE_PERMISSIONS: Record<InstitutionRole, readonly InstitutionPermission[]> = {
  ADMIN: [
    "institution.members.read",
    "institution.members.invite",
    "institution.members.manage",
    "institution.audit.read",
    "institution.workspaces.create",
  ],
  MEMBER: ["institution.members.read", "institution.workspaces.create"],
};

export const WORKSPACE_ROLE_PERMISSIONS: Record<WorkspaceRole, readonly WorkspacePermission[]> = {
  MANAGER: WORKSPACE_PERMISSIONS,
  CONTRIBUTOR: [
    "workspace.read",
    "brief.create",
    "comment.create",
    "agenda.propose",
    "feedback.create",
    "followup.update",
    "cooperation.manage",
  ],
  VIEWER: ["workspace.read"],
};

export function canInstitution(role: InstitutionRole | null | undefined, permission: InstitutionPermission): boolean {
  return !!role && INSTITUTION_ROLE_PERMISSIONS[role].includes(permission);
}

export function canWorkspace(role: WorkspaceRole | null | undefined, permission: WorkspacePermission): boolean {
  return !!role && WORKSPACE_ROLE_PERMISSIONS[role].includes(permission);
}

export function canPlatform(isOperator: boolean, permission: PlatformPermission): boolean {
  return isOperator && PLATFORM_ROLE_PERMISSIONS.OPERATOR.includes(permission);
}

/**
 * What a role may do, as a service hands it to pages: `{ manage: "committee.manage", … }` →
 * `{ manage: true, … }`. Pages and components read `can`; they never call the table.
 */
export function workspaceCan<K extends string>(
  role: WorkspaceRole | null | undefined,
  permissions: Record<K, WorkspacePermission>,
): Record<K, boolean> {
  const entries = Object.entries(permissions) as [K, WorkspacePermission][];
  return Object.fromEntries(entries.map(([key, permission]) => [key, canWorkspace(role, permission)])) as Record<
    K,
    boolean
  >;
}

/** Throws FORBIDDEN; use only where the user may already see the record (else scope → 404). */
export function requirePermission(allowed: boolean, message = "forbidden"): void {
  if (!allowed) throw new AppError("FORBIDDEN", message);
}
