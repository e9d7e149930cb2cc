import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { acceptInvitation, inspectLink, resetPasswordWithLink } from "@/lib/invitations/service";
import {
  changeMemberRole,
  deactivateMember,
  inviteMember,
  issuePasswordReset,
  listMembers,
  listPendingInvitations,
  reactivateMember,
  revokeInvitation,
} from "@/lib/members/service";
import { db } from "@/lib/server/db";
import { hashLinkToken, invitationLinkToken } from "@/lib/server/link-tokens";
import { actorOf, expectAppError, makeTenant, makeUser, TEST_PASSWORD } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

const tokenOf = (link: string) => link.split("/").pop()!;
const NEW_PASSWORD = "blue heron at dawn 7";

describe("member invitations", () => {
  it("an admin invites by email; the person joins once with a name and password", async () => {
    const { institution, admin } = await makeTenant();
    const { link } = await inviteMember(admin, { email: "new.analyst@example.org", role: "MEMBER" });
    expect(link).toMatch(/^http:\/\/accord\.test\/invite\/[A-Za-z0-9_-]{43}$/);
    const outbox = await db().emailOutbox.findFirst({ where: { to: "new.analyst@example.org" } });
    expect(outbox?.text).toContain(link);
    // Without a chosen language the email is in the inviter's.
    expect(outbox?.subject).toBe(`You are invited to join ${institution.name} on Accord`);
    expect(await inspectLink(tokenOf(link), "MEMBER_INVITATION")).toMatchObject({
      status: "valid",
      email: "new.analyst@example.org",
      institutionName: institution.name,
    });

    await acceptInvitation({ token: tokenOf(link), name: "Choi Yu-na", password: NEW_PASSWORD }, "198.51.100.1");
    const user = await db().user.findUniqueOrThrow({ where: { email: "new.analyst@example.org" } });
    expect(user).toMatchObject({
      institutionId: institution.id,
      institutionRole: "MEMBER",
      status: "ACTIVE",
      name: "Choi Yu-na",
    });
    expect((await signInWithPassword({ email: user.email, password: NEW_PASSWORD, ip: null })).ok).toBe(true);

    // Reused link: refused, and nothing changes.
    await expectAppError(
      acceptInvitation({ token: tokenOf(link), name: "Someone Else", password: NEW_PASSWORD }, null),
      "NOT_FOUND",
      "link_gone",
    );
    expect(await inspectLink(tokenOf(link), "MEMBER_INVITATION")).toEqual({ status: "used" });
  });

  it("refuses an expired invitation", async () => {
    const { admin } = await makeTenant();
    const { link } = await inviteMember(admin, { email: "late@example.org", role: "MEMBER" });
    await db().accessToken.update({
      where: { tokenHash: hashLinkToken(tokenOf(link)) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await inspectLink(tokenOf(link), "MEMBER_INVITATION")).toEqual({ status: "expired" });
    await expectAppError(
      acceptInvitation({ token: tokenOf(link), name: "Late Person", password: NEW_PASSWORD }, null),
      "NOT_FOUND",
    );
    expect(await db().user.findUnique({ where: { email: "late@example.org" } })).toBeNull();
  });

  it("keeps the link usable when the password is rejected", async () => {
    const { admin } = await makeTenant();
    const { link } = await inviteMember(admin, { email: "weak@example.org", role: "MEMBER" });
    const error = await expectAppError(
      acceptInvitation({ token: tokenOf(link), name: "Weak Password", password: "password1234" }, null),
      "VALIDATION",
    );
    expect(error.fieldErrors.password).toEqual(["password_common"]);
    expect((await inspectLink(tokenOf(link), "MEMBER_INVITATION")).status).toBe("valid");
  });

  it("a link of one kind cannot be used as another", async () => {
    const { admin } = await makeTenant();
    const { link } = await inviteMember(admin, { email: "kind@example.org", role: "MEMBER" });
    expect(await inspectLink(tokenOf(link), "PASSWORD_RESET")).toEqual({ status: "unknown" });
    await expectAppError(resetPasswordWithLink({ token: tokenOf(link), password: NEW_PASSWORD }, null), "NOT_FOUND");
  });

  it("another institution's admin cannot revoke the invitation; members cannot invite", async () => {
    const a = await makeTenant("A");
    const b = await makeTenant("B");
    await inviteMember(a.admin, { email: "pending@example.org", role: "MEMBER" });
    const invitation = await db().accessToken.findFirstOrThrow({ where: { email: "pending@example.org" } });
    await expectAppError(revokeInvitation(b.admin, invitation.id), "NOT_FOUND");
    await expectAppError(inviteMember(a.member, { email: "x@example.org", role: "MEMBER" }), "FORBIDDEN");
    await revokeInvitation(a.admin, invitation.id);
    expect((await db().accessToken.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).not.toBeNull();
  });

  it("lists a pending invitation with its link to the institution's admins only, until used or revoked", async () => {
    const a = await makeTenant("A");
    const b = await makeTenant("B");
    const { link } = await inviteMember(a.admin, { email: "listed@example.org", role: "MEMBER" });
    const pending = await listPendingInvitations(a.admin);
    expect(pending.find((i) => i.email === "listed@example.org")?.link).toBe(link);
    expect((await listPendingInvitations(b.admin)).map((i) => i.email)).not.toContain("listed@example.org");
    await expectAppError(listPendingInvitations(a.member), "FORBIDDEN");

    // At rest there is no link: the token is neither stored nor derivable from the row alone.
    const row = await db().accessToken.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(tokenOf(link)) } });
    expect(JSON.stringify(row)).not.toContain(tokenOf(link));
    expect(row.linkNonce).toBeTruthy();
    expect(invitationLinkToken(row.linkNonce!, "another-secret-another-secret-another-secret")).not.toBe(tokenOf(link));

    // A row whose link cannot be rebuilt (another secret, or issued before) is listed without one.
    const other = await inviteMember(a.admin, { email: "rebuilt@example.org", role: "MEMBER" });
    await db().accessToken.update({
      where: { tokenHash: hashLinkToken(tokenOf(other.link)) },
      data: { linkNonce: "not-the-nonce-of-this-token" },
    });
    expect((await listPendingInvitations(a.admin)).find((i) => i.email === "rebuilt@example.org")?.link).toBeNull();

    await acceptInvitation({ token: tokenOf(link), name: "Listed Person", password: NEW_PASSWORD }, null);
    const revoked = await db().accessToken.findFirstOrThrow({ where: { email: "rebuilt@example.org" } });
    await revokeInvitation(a.admin, revoked.id);
    expect((await listPendingInvitations(a.admin)).map((i) => i.email)).toEqual([]);
  });

  it("refuses to invite an address that already has an account", async () => {
    const { admin, member } = await makeTenant();
    const error = await expectAppError(inviteMember(admin, { email: member.email, role: "MEMBER" }), "VALIDATION");
    expect(error.fieldErrors).toEqual({ email: ["email_taken"] });
  });
});

describe("roles and deactivation", () => {
  it("changes a member's role and keeps at least one active admin", async () => {
    const { admin, member } = await makeTenant();
    await changeMemberRole(admin, { userId: member.id, role: "ADMIN" });
    expect((await db().user.findUniqueOrThrow({ where: { id: member.id } })).institutionRole).toBe("ADMIN");
    await changeMemberRole(admin, { userId: member.id, role: "MEMBER" });
    // The only admin cannot demote themselves.
    await expectAppError(changeMemberRole(admin, { userId: admin.id, role: "MEMBER" }), "CONFLICT", "last_admin");
  });

  it("deactivation stops sign-in and every session at once; reactivation restores sign-in", async () => {
    const { admin, member } = await makeTenant();
    const before = await db().user.findUniqueOrThrow({ where: { id: member.id } });
    await deactivateMember(admin, member.id);
    const after = await db().user.findUniqueOrThrow({ where: { id: member.id } });
    expect(after.status).toBe("DEACTIVATED");
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await signInWithPassword({ email: member.email, password: TEST_PASSWORD, ip: null })).toEqual({
      ok: false,
      reason: "invalid",
    });
    await expectAppError(deactivateMember(admin, admin.id), "CONFLICT", "deactivate_self");
    await reactivateMember(admin, member.id);
    expect((await signInWithPassword({ email: member.email, password: TEST_PASSWORD, ip: null })).ok).toBe(true);
  });

  it("a password-reset link sets a new password and ends the old sessions", async () => {
    const { admin, member } = await makeTenant();
    await db().user.update({ where: { id: member.id }, data: { locale: "zh" } });
    const { link } = await issuePasswordReset(admin, member.id);
    // The reset email is in the member's own language.
    const email = await db().emailOutbox.findFirstOrThrow({ where: { to: member.email } });
    expect(email.subject).toBe("重置您的 Accord 密码");
    expect(email.text).toContain(link);
    await resetPasswordWithLink({ token: tokenOf(link), password: NEW_PASSWORD }, null);
    const user = await db().user.findUniqueOrThrow({ where: { id: member.id } });
    expect(user.sessionVersion).toBe(1);
    expect((await signInWithPassword({ email: member.email, password: TEST_PASSWORD, ip: null })).ok).toBe(false);
    expect((await signInWithPassword({ email: member.email, password: NEW_PASSWORD, ip: null })).ok).toBe(true);
    await expectAppError(resetPasswordWithLink({ token: tokenOf(link), password: NEW_PASSWORD }, null), "NOT_FOUND");
  });

  it("lists members with search, status filter and keyset pages", async () => {
    const { institution, admin } = await makeTenant();
    for (let i = 0; i < 30; i++)
      await makeUser({ institutionId: institution.id, name: `Analyst ${String(i).padStart(2, "0")}` });
    const first = await listMembers(admin, {});
    expect(first.items).toHaveLength(25);
    const second = await listMembers(admin, { cursor: first.nextCursor! });
    expect(second.items).toHaveLength(7);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((m) => m.id)).size).toBe(32);
    expect((await listMembers(admin, { q: "analyst 0" })).items).toHaveLength(10);
    expect((await listMembers(admin, { status: "DEACTIVATED" })).items).toHaveLength(0);
    expect(actorOf).toBeTypeOf("function");
  });
});
