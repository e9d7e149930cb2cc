// The permission table: role → permissions, as data. Every check in the app goes through
// `can` / `requirePermission`; the visibility `where` clauses live in lib/server/scope.ts.
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

/** Throws FORBIDDEN; use only where the user may already see the record (else scope → 404). */
export function requirePermission(allowed: boolean, message = "forbidden"): void {
  if (!allowed) throw new AppError("FORBIDDEN", message);
}
