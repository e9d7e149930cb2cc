import { describe, expect, it } from "vitest";
import {
  canInstitution,
  canPlatform,
  canWorkspace,
  INSTITUTION_PERMISSIONS,
  PLATFORM_PERMISSIONS,
  WORKSPACE_PERMISSIONS,
  workspaceCan,
} from "./authz";

// The permission table, asserted cell by cell: ✓ = allowed. A change to authz.ts that is not
// mirrored here fails, so every change of who-may-do-what is a deliberate one.
const institutionTable: Record<(typeof INSTITUTION_PERMISSIONS)[number], [admin: boolean, member: boolean]> = {
  "institution.members.read": [true, true],
  "institution.members.invite": [true, false],
  "institution.members.manage": [true, false],
  "institution.audit.read": [true, false],
  "institution.workspaces.create": [true, true],
};

const workspaceTable: Record<
  (typeof WORKSPACE_PERMISSIONS)[number],
  [manager: boolean, contributor: boolean, viewer: boolean]
> = {
  "workspace.read": [true, true, true],
  "workspace.update": [true, false, false],
  "workspace.members.manage": [true, false, false],
  "brief.create": [true, true, false],
  "brief.review": [true, false, false],
  "bulletin.manage": [true, false, false],
  "taxonomy.manage": [true, false, false],
  "comment.create": [true, true, false],
  "committee.manage": [true, false, false],
  "agenda.propose": [true, true, false],
  "feedback.create": [true, true, false],
  "followup.manage": [true, false, false],
  "followup.update": [true, true, false],
  "cooperation.manage": [true, true, false],
};

describe("permission table", () => {
  it("covers every institution permission", () => {
    expect(Object.keys(institutionTable).sort()).toEqual([...INSTITUTION_PERMISSIONS].sort());
    expect(Object.keys(workspaceTable).sort()).toEqual([...WORKSPACE_PERMISSIONS].sort());
  });

  for (const [permission, [admin, member]] of Object.entries(institutionTable)) {
    it(`institution: ${permission} → ADMIN ${admin ? "✓" : "✗"}, MEMBER ${member ? "✓" : "✗"}`, () => {
      const p = permission as keyof typeof institutionTable;
      expect(canInstitution("ADMIN", p)).toBe(admin);
      expect(canInstitution("MEMBER", p)).toBe(member);
      expect(canInstitution(null, p)).toBe(false);
    });
  }

  for (const [permission, [manager, contributor, viewer]] of Object.entries(workspaceTable)) {
    it(`workspace: ${permission} → MANAGER ${manager ? "✓" : "✗"}, CONTRIBUTOR ${contributor ? "✓" : "✗"}, VIEWER ${viewer ? "✓" : "✗"}`, () => {
      const p = permission as keyof typeof workspaceTable;
      expect(canWorkspace("MANAGER", p)).toBe(manager);
      expect(canWorkspace("CONTRIBUTOR", p)).toBe(contributor);
      expect(canWorkspace("VIEWER", p)).toBe(viewer);
      expect(canWorkspace(undefined, p)).toBe(false);
    });
  }

  for (const permission of PLATFORM_PERMISSIONS) {
    it(`platform: ${permission} → operator only`, () => {
      expect(canPlatform(true, permission)).toBe(true);
      expect(canPlatform(false, permission)).toBe(false);
    });
  }

  it("hands pages a `can` that follows the table, permission by permission", () => {
    const can = (role: "MANAGER" | "CONTRIBUTOR" | "VIEWER" | null) =>
      workspaceCan(role, { manage: "committee.manage", propose: "agenda.propose", read: "workspace.read" });
    expect(can("MANAGER")).toEqual({ manage: true, propose: true, read: true });
    expect(can("CONTRIBUTOR")).toEqual({ manage: false, propose: true, read: true });
    expect(can("VIEWER")).toEqual({ manage: false, propose: false, read: true });
    expect(can(null)).toEqual({ manage: false, propose: false, read: false });
  });
});
