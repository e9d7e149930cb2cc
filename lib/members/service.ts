import "server-only";
import type { Locale } from "@/i18n/locales";
import { queueEmail } from "@/lib/email/service";
import type { InstitutionRole } from "@/lib/generated/prisma/enums";
import { type Actor, actorInstitutionId } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canInstitution, requirePermission } from "@/lib/server/authz";
import { db, type Tx } from "@/lib/server/db";
import { authSecret } from "@/lib/server/env";
import { AppError, conflict, invalid, notFound } from "@/lib/server/errors";
import {
  newInvitationLinkToken,
  newLinkToken,
  storedInvitationToken,
  TOKEN_LIFETIME_MS,
} from "@/lib/server/link-tokens";
import { absoluteUrl } from "@/lib/server/links";
import { keyset, type Page, toPage } from "@/lib/server/pagination";
import { institutionUsersWhere } from "@/lib/server/scope";
import { endAllSessionsOf } from "@/lib/server/session-records";
import { clock } from "@/lib/time/clock";
import { invitationEmail, passwordResetEmail } from "./emails";

export interface MemberRow {
  id: string;
  email: string;
  name: string;
  institutionRole: InstitutionRole;
  status: "ACTIVE" | "DEACTIVATED";
  lastSignInAt: Date | null;
  createdAt: Date;
}

export async function listMembers(
  actor: Actor,
  filters: { q?: string; status?: "ACTIVE" | "DEACTIVATED"; cursor?: string },
): Promise<Page<MemberRow> & { can: { manage: boolean } }> {
  requirePermission(canInstitution(actor.institutionRole, "institution.members.read"));
  const page = keyset(filters.cursor);
  const rows = await db().user.findMany({
    where: {
      AND: [
        institutionUsersWhere(actor),
        page.where,
        filters.status ? { status: filters.status } : {},
        filters.q
          ? {
              OR: [
                { name: { contains: filters.q, mode: "insensitive" } },
                { email: { contains: filters.q, mode: "insensitive" } },
              ],
            }
          : {},
      ],
    },
    select: {
      id: true,
      email: true,
      name: true,
      institutionRole: true,
      status: true,
      lastSignInAt: true,
      createdAt: true,
    },
    orderBy: page.orderBy,
    take: page.take,
  });
  return { ...toPage(rows), can: { manage: canInstitution(actor.institutionRole, "institution.members.manage") } };
}

export async function countMembers(actor: Actor): Promise<number> {
  requirePermission(canInstitution(actor.institutionRole, "institution.members.read"));
  return db().user.count({ where: { ...institutionUsersWhere(actor), status: "ACTIVE" } });
}

/** Issues a member invitation and returns the link to show the admin. */
export async function inviteMember(
  actor: Actor,
  input: { email: string; role: InstitutionRole; locale?: Locale },
): Promise<{ link: string }> {
  const institutionId = actorInstitutionId(actor);
  requirePermission(canInstitution(actor.institutionRole, "institution.members.invite"));
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw invalid("email", "email_taken");
    const institution = await tx.institution.findUniqueOrThrow({ where: { id: institutionId } });
    return issueInvitation(tx, actor, { ...input, institution });
  });
}

/** Shared by admins inviting members and the operator inviting an institution's first admin. */
export async function issueInvitation(
  tx: Tx,
  actor: Actor,
  input: { email: string; role: InstitutionRole; locale?: Locale; institution: { id: string; name: string } },
): Promise<{ link: string }> {
  // A new invitation replaces any pending one for the same address and institution.
  await tx.accessToken.updateMany({
    where: {
      purpose: "MEMBER_INVITATION",
      email: input.email,
      institutionId: input.institution.id,
      usedAt: null,
      revokedAt: null,
    },
    data: { revokedAt: clock.now() },
  });
  const { nonce, token, tokenHash } = newInvitationLinkToken();
  const invitation = await tx.accessToken.create({
    data: {
      purpose: "MEMBER_INVITATION",
      tokenHash,
      linkNonce: nonce,
      email: input.email,
      institutionId: input.institution.id,
      institutionRole: input.role,
      issuedById: actor.id,
      expiresAt: new Date(clock.ms() + TOKEN_LIFETIME_MS.MEMBER_INVITATION),
    },
  });
  const link = absoluteUrl(`/invite/${token}`);
  await queueEmail(
    tx,
    invitationEmail({
      to: input.email,
      // Callers outside a form (the CLI, tests) get the inviter's language.
      locale: input.locale ?? actor.locale,
      inviter: actor.name,
      institution: input.institution.name,
      link,
    }),
  );
  await recordAudit(tx, {
    action: "member.invite",
    actor,
    targetType: "invitation",
    targetId: invitation.id,
    institutionId: input.institution.id,
    metadata: { email: input.email, role: input.role },
  });
  return { link };
}

/**
 * The institution's pending invitations with their links (rebuilt from the nonce, never
 * stored), for its admins; `link` is null for one that cannot be rebuilt (see tokens.ts).
 */
export async function listPendingInvitations(actor: Actor) {
  requirePermission(canInstitution(actor.institutionRole, "institution.members.invite"));
  const rows = await db().accessToken.findMany({
    where: {
      institutionId: actorInstitutionId(actor),
      purpose: "MEMBER_INVITATION",
      usedAt: null,
      revokedAt: null,
      expiresAt: { gt: clock.now() },
    },
    select: {
      id: true,
      email: true,
      institutionRole: true,
      expiresAt: true,
      createdAt: true,
      issuedBy: { select: { name: true } },
      linkNonce: true,
      tokenHash: true,
    },
    orderBy: { id: "desc" },
    take: 100,
  });
  const secret = authSecret();
  return rows.map(({ linkNonce, tokenHash, ...invitation }) => {
    const token = storedInvitationToken({ linkNonce, tokenHash }, secret);
    return { ...invitation, link: token ? absoluteUrl(`/invite/${token}`) : null };
  });
}

export async function revokeInvitation(actor: Actor, invitationId: string): Promise<void> {
  const institutionId = actorInstitutionId(actor);
  requirePermission(canInstitution(actor.institutionRole, "institution.members.invite"));
  await db().$transaction(async (tx) => {
    const { count } = await tx.accessToken.updateMany({
      where: { id: invitationId, institutionId, purpose: "MEMBER_INVITATION", usedAt: null, revokedAt: null },
      data: { revokedAt: clock.now() },
    });
    if (count === 0) throw notFound("This invitation");
    await recordAudit(tx, {
      action: "member.invitation_revoked",
      actor,
      targetType: "invitation",
      targetId: invitationId,
      institutionId,
    });
  });
}

async function findMemberForUpdate(tx: Tx, actor: Actor, userId: string) {
  const member = await tx.user.findFirst({ where: { id: userId, ...institutionUsersWhere(actor) } });
  if (!member) throw notFound("This member");
  return member;
}

// An institution always keeps at least one active administrator.
async function assertNotLastAdmin(tx: Tx, institutionId: string, userId: string) {
  await tx.$queryRaw`SELECT id FROM "Institution" WHERE id = ${institutionId} FOR UPDATE`;
  const otherAdmins = await tx.user.count({
    where: { institutionId, institutionRole: "ADMIN", status: "ACTIVE", id: { not: userId } },
  });
  if (otherAdmins === 0) throw conflict("last_admin");
}

export async function changeMemberRole(actor: Actor, input: { userId: string; role: InstitutionRole }): Promise<void> {
  const institutionId = actorInstitutionId(actor);
  requirePermission(canInstitution(actor.institutionRole, "institution.members.manage"));
  await db().$transaction(async (tx) => {
    const member = await findMemberForUpdate(tx, actor, input.userId);
    if (member.institutionRole === input.role) return;
    if (member.institutionRole === "ADMIN") await assertNotLastAdmin(tx, institutionId, member.id);
    await tx.user.update({ where: { id: member.id }, data: { institutionRole: input.role } });
    await recordAudit(tx, {
      action: "member.role_change",
      actor,
      targetType: "user",
      targetId: member.id,
      institutionId,
      metadata: { email: member.email, from: member.institutionRole, to: input.role },
    });
  });
}

export async function deactivateMember(actor: Actor, userId: string): Promise<void> {
  const institutionId = actorInstitutionId(actor);
  requirePermission(canInstitution(actor.institutionRole, "institution.members.manage"));
  if (userId === actor.id) throw new AppError("CONFLICT", "deactivate_self");
  await db().$transaction(async (tx) => {
    const member = await findMemberForUpdate(tx, actor, userId);
    if (member.status === "DEACTIVATED") return;
    if (member.institutionRole === "ADMIN") await assertNotLastAdmin(tx, institutionId, member.id);
    // Bumping sessionVersion makes every session of this user invalid at once.
    await tx.user.update({
      where: { id: member.id },
      data: { status: "DEACTIVATED", sessionVersion: { increment: 1 } },
    });
    await endAllSessionsOf(tx, member.id, "deactivated");
    await recordAudit(tx, {
      action: "member.deactivate",
      actor,
      targetType: "user",
      targetId: member.id,
      institutionId,
      metadata: { email: member.email },
    });
  });
}

export async function reactivateMember(actor: Actor, userId: string): Promise<void> {
  const institutionId = actorInstitutionId(actor);
  requirePermission(canInstitution(actor.institutionRole, "institution.members.manage"));
  await db().$transaction(async (tx) => {
    const member = await findMemberForUpdate(tx, actor, userId);
    if (member.status === "ACTIVE") return;
    await tx.user.update({ where: { id: member.id }, data: { status: "ACTIVE" } });
    await recordAudit(tx, {
      action: "member.reactivate",
      actor,
      targetType: "user",
      targetId: member.id,
      institutionId,
      metadata: { email: member.email },
    });
  });
}

/** Returns a single-use password-reset link (24 h) for a member of the admin's institution. */
export async function issuePasswordReset(actor: Actor, userId: string): Promise<{ link: string }> {
  const institutionId = actorInstitutionId(actor);
  requirePermission(canInstitution(actor.institutionRole, "institution.members.manage"));
  return db().$transaction(async (tx) => {
    const member = await findMemberForUpdate(tx, actor, userId);
    if (member.status !== "ACTIVE") throw conflict("reactivate_first");
    await tx.accessToken.updateMany({
      where: { purpose: "PASSWORD_RESET", userId: member.id, usedAt: null, revokedAt: null },
      data: { revokedAt: clock.now() },
    });
    const { token, tokenHash } = newLinkToken();
    await tx.accessToken.create({
      data: {
        purpose: "PASSWORD_RESET",
        tokenHash,
        email: member.email,
        userId: member.id,
        institutionId,
        issuedById: actor.id,
        expiresAt: new Date(clock.ms() + TOKEN_LIFETIME_MS.PASSWORD_RESET),
      },
    });
    const link = absoluteUrl(`/reset-password/${token}`);
    await queueEmail(tx, passwordResetEmail({ to: member.email, locale: member.locale, link }));
    await recordAudit(tx, {
      action: "member.password_reset_issued",
      actor,
      targetType: "user",
      targetId: member.id,
      institutionId,
      metadata: { email: member.email },
    });
    return { link };
  });
}
