import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/service";
import { createInstitution, listInstitutions } from "@/lib/institutions/service";
import {
  changeMemberRole,
  countMembers,
  deactivateMember,
  inviteMember,
  issuePasswordReset,
  listMembers,
  listPendingInvitations,
  reactivateMember,
  revokeInvitation,
} from "@/lib/members/service";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import {
  changeWorkspaceMemberRole,
  getWorkspace,
  listMyWorkspaces,
  listWorkspaceMembers,
  removeWorkspaceMember,
} from "@/lib/workspaces/service";
import { actorOf, expectAppError, makeTenant, makeUser, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

// A member or admin of institution A cannot list, read, change or count anything of B's.
describe("tenant isolation", () => {
  let a: Awaited<ReturnType<typeof makeTenant>>;
  let b: Awaited<ReturnType<typeof makeTenant>>;
  let bWorkspace: Awaited<ReturnType<typeof makeWorkspace>>;
  let bInvitationId: string;

  beforeAll(async () => {
    a = await makeTenant("A");
    b = await makeTenant("B");
    bWorkspace = await makeWorkspace(b.admin, [[b.member, "CONTRIBUTOR"]]);
    await inviteMember(b.admin, { email: "b-pending@example.org", role: "MEMBER" });
    bInvitationId = (await db().accessToken.findFirstOrThrow({ where: { email: "b-pending@example.org" } })).id;
  });

  it("lists and counts only their own members and invitations", async () => {
    const ids = (await listMembers(a.admin, {})).items.map((m) => m.id).sort();
    expect(ids).toEqual([a.admin.id, a.member.id].sort());
    expect(await countMembers(a.admin)).toBe(2);
    expect((await listMembers(a.admin, { q: b.member.email })).items).toEqual([]);
    expect((await listPendingInvitations(a.admin)).map((i) => i.email)).not.toContain("b-pending@example.org");
  });

  it.each<[string, (actor: Actor) => Promise<unknown>]>([
    ["change B's member role", (actor) => changeMemberRole(actor, { userId: b.member.id, role: "ADMIN" })],
    ["deactivate B's member", (actor) => deactivateMember(actor, b.member.id)],
    ["reactivate B's member", (actor) => reactivateMember(actor, b.member.id)],
    ["issue a reset link for B's member", (actor) => issuePasswordReset(actor, b.member.id)],
    ["revoke B's invitation", (actor) => revokeInvitation(actor, bInvitationId)],
    ["read B's workspace", (actor) => getWorkspace(actor, bWorkspace.id)],
    ["list B's workspace members", (actor) => listWorkspaceMembers(actor, bWorkspace.id)],
    [
      "change a role in B's workspace",
      (actor) =>
        changeWorkspaceMemberRole(actor, {
          workspaceId: bWorkspace.id,
          membershipId: bWorkspace.memberships[1].id,
          role: "VIEWER",
        }),
    ],
    [
      "remove a member of B's workspace",
      (actor) =>
        removeWorkspaceMember(actor, { workspaceId: bWorkspace.id, membershipId: bWorkspace.memberships[1].id }),
    ],
  ])("A's admin cannot %s: not found", async (_name, call) => {
    await expectAppError(call(a.admin), "NOT_FOUND");
    const member = await db().user.findUniqueOrThrow({ where: { id: b.member.id } });
    expect(member).toMatchObject({ institutionRole: "MEMBER", status: "ACTIVE" });
    expect(await db().workspaceMembership.count({ where: { workspaceId: bWorkspace.id } })).toBe(2);
  });

  it("does not see B's workspaces or audit events", async () => {
    expect(await listMyWorkspaces(a.admin)).toEqual([]);
    const events = await listAuditEvents(a.admin, {});
    expect(
      events.items.every(
        (e) => e.institutionId === a.institution.id || e.actorId === a.admin.id || e.actorId === a.member.id,
      ),
    ).toBe(true);
    expect(events.items.find((e) => e.targetId === bInvitationId)).toBeUndefined();
  });

  it("members and admins cannot use operator functions", async () => {
    const input = {
      name: "New Institute",
      shortName: "NEW",
      countryCode: "DE",
      type: "THINK_TANK" as const,
      adminEmail: "first@example.org",
      adminLocale: "en" as const,
    };
    await expectAppError(createInstitution(a.admin, input), "FORBIDDEN");
    await expectAppError(listInstitutions(a.member), "FORBIDDEN");
    await expectAppError(listAuditEvents(a.member, {}), "FORBIDDEN");
  });

  it("an operator creates an institution and invites its first admin", async () => {
    const operator = actorOf(await makeUser({ operator: true }));
    const { institution, link } = await createInstitution(operator, {
      name: "Fraunhofer ISI",
      shortName: "ISI",
      countryCode: "DE",
      type: "RESEARCH_INSTITUTE",
      adminEmail: "first@isi.example.org",
      adminLocale: "ko",
    });
    expect(link).toContain("/invite/");
    // The invitee has no account yet: the email goes out in the language the operator chose.
    const email = await db().emailOutbox.findFirstOrThrow({ where: { to: "first@isi.example.org" } });
    expect(email.subject).toBe("Accord의 Fraunhofer ISI에 초대되었습니다");
    expect(email.text).toContain(link);
    const invitation = await db().accessToken.findFirstOrThrow({ where: { email: "first@isi.example.org" } });
    expect(invitation).toMatchObject({
      institutionId: institution.id,
      institutionRole: "ADMIN",
      purpose: "MEMBER_INVITATION",
    });
    await expectAppError(
      createInstitution(operator, {
        name: "Other",
        shortName: "isi",
        countryCode: "DE",
        type: "OTHER",
        adminEmail: "second@example.org",
        adminLocale: "en",
      }),
      "VALIDATION",
      "short_name_taken",
    );
    expect((await listAuditEvents(operator, { action: "institution.create" })).items).toHaveLength(1);
  });
});
