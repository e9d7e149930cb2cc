import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import {
  addWorkspaceMember,
  changeWorkspaceMemberRole,
  createWorkspace,
  getWorkspace,
  listMyWorkspaces,
  listWorkspaceMembers,
  removeWorkspaceMember,
} from "@/lib/workspaces/service";
import { expectAppError, makeTenant, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

describe("workspaces", () => {
  it("the creator's institution hosts it and the creator becomes its manager", async () => {
    const { institution, member } = await makeTenant();
    const workspace = await createWorkspace(member, { name: "Korea–US S&T partnership", description: "" });
    expect(workspace.hostInstitutionId).toBe(institution.id);
    const seen = await getWorkspace(member, workspace.id);
    expect(seen.myRole).toBe("MANAGER");
    expect((await listMyWorkspaces(member)).map((w) => w.id)).toEqual([workspace.id]);
  });

  it("a manager adds a partner institution's member, changes the role and removes them", async () => {
    const host = await makeTenant("Host");
    const partner = await makeTenant("Partner");
    const workspace = await createWorkspace(host.member, { name: "Trilateral follow-up", description: "" });
    const membership = await addWorkspaceMember(host.member, {
      workspaceId: workspace.id,
      email: partner.member.email,
      role: "CONTRIBUTOR",
    });
    expect((await getWorkspace(partner.member, workspace.id)).myRole).toBe("CONTRIBUTOR");
    await expectAppError(
      addWorkspaceMember(host.member, { workspaceId: workspace.id, email: partner.member.email, role: "VIEWER" }),
      "VALIDATION",
      "already_member",
    );
    await changeWorkspaceMemberRole(host.member, {
      workspaceId: workspace.id,
      membershipId: membership.id,
      role: "VIEWER",
    });
    expect((await getWorkspace(partner.member, workspace.id)).myRole).toBe("VIEWER");
    await removeWorkspaceMember(host.member, { workspaceId: workspace.id, membershipId: membership.id });
    await expectAppError(getWorkspace(partner.member, workspace.id), "NOT_FOUND");
  });

  it("refuses unknown or deactivated people", async () => {
    const host = await makeTenant();
    const workspace = await createWorkspace(host.member, { name: "Dialogue", description: "" });
    const error = await expectAppError(
      addWorkspaceMember(host.member, { workspaceId: workspace.id, email: "ghost@example.org", role: "VIEWER" }),
      "VALIDATION",
    );
    expect(error.fieldErrors.email).toEqual(["no_such_member"]);
    await db().user.update({ where: { id: host.admin.id }, data: { status: "DEACTIVATED" } });
    await expectAppError(
      addWorkspaceMember(host.member, { workspaceId: workspace.id, email: host.admin.email, role: "VIEWER" }),
      "VALIDATION",
    );
  });

  it("the last manager cannot be demoted or removed", async () => {
    const host = await makeTenant();
    const workspace = await makeWorkspace(host.member, [[host.admin, "CONTRIBUTOR"]]);
    const managerMembership = workspace.memberships.find((m) => m.userId === host.member.id)!;
    const other = workspace.memberships.find((m) => m.userId === host.admin.id)!;
    await expectAppError(
      changeWorkspaceMemberRole(host.member, {
        workspaceId: workspace.id,
        membershipId: managerMembership.id,
        role: "VIEWER",
      }),
      "CONFLICT",
      "last_manager",
    );
    await expectAppError(
      removeWorkspaceMember(host.member, { workspaceId: workspace.id, membershipId: managerMembership.id }),
      "CONFLICT",
      "last_manager",
    );
    // With a second manager, the first may step down.
    await changeWorkspaceMemberRole(host.member, {
      workspaceId: workspace.id,
      membershipId: other.id,
      role: "MANAGER",
    });
    await changeWorkspaceMemberRole(host.member, {
      workspaceId: workspace.id,
      membershipId: managerMembership.id,
      role: "VIEWER",
    });
    expect((await getWorkspace(host.member, workspace.id)).myRole).toBe("VIEWER");
  });

  it("contributors and viewers cannot change membership; outsiders do not see the workspace", async () => {
    const host = await makeTenant();
    const outsider = await makeTenant("Outsider");
    const workspace = await makeWorkspace(host.admin, [[host.member, "CONTRIBUTOR"]]);
    await expectAppError(
      addWorkspaceMember(host.member, { workspaceId: workspace.id, email: outsider.member.email, role: "VIEWER" }),
      "FORBIDDEN",
    );
    await expectAppError(
      addWorkspaceMember(outsider.admin, { workspaceId: workspace.id, email: outsider.member.email, role: "VIEWER" }),
      "NOT_FOUND",
    );
    await expectAppError(listWorkspaceMembers(outsider.admin, workspace.id), "NOT_FOUND");
    expect((await listWorkspaceMembers(host.member, workspace.id)).items).toHaveLength(2);
  });

  it("records every membership change in the audit trail", async () => {
    const host = await makeTenant();
    const partner = await makeTenant();
    const workspace = await createWorkspace(host.member, { name: "Audited", description: "" });
    const m = await addWorkspaceMember(host.member, {
      workspaceId: workspace.id,
      email: partner.member.email,
      role: "VIEWER",
    });
    await changeWorkspaceMemberRole(host.member, {
      workspaceId: workspace.id,
      membershipId: m.id,
      role: "CONTRIBUTOR",
    });
    await removeWorkspaceMember(host.member, { workspaceId: workspace.id, membershipId: m.id });
    const events = await db().auditEvent.findMany({ where: { workspaceId: workspace.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["workspace.create", host.member.id],
      ["workspace.member_add", host.member.id],
      ["workspace.member_role_change", host.member.id],
      ["workspace.member_remove", host.member.id],
    ]);
  });
});
