import "server-only";
// Public flows behind single-use links: accepting an invitation, resetting a password, and
// creating the first platform operator. Each link is consumed atomically (updateMany on an
// unused, unexpired token), so it works exactly once even under concurrent requests.
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError, invalid } from "@/lib/server/errors";
import { hashLinkToken } from "@/lib/server/link-tokens";
import { endAllSessionsOf } from "@/lib/server/session-records";
import { clock } from "@/lib/time/clock";

export type LinkState =
  | { status: "valid"; email: string; institutionName: string | null; role: string | null }
  | { status: "expired" | "used" | "unknown" };

export async function inspectLink(token: string, purpose: TokenPurpose): Promise<LinkState> {
  const row = await db().accessToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    include: { institution: { select: { name: true } } },
  });
  if (!row || row.purpose !== purpose) return { status: "unknown" };
  if (row.usedAt || row.revokedAt) return { status: "used" };
  if (row.expiresAt <= clock.now()) return { status: "expired" };
  return {
    status: "valid",
    email: row.email,
    institutionName: row.institution?.name ?? null,
    role: row.institutionRole,
  };
}

const LINK_GONE = "link_gone";

async function consume(tx: Tx, token: string, purpose: TokenPurpose) {
  const tokenHash = hashLinkToken(token);
  const { count } = await tx.accessToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, revokedAt: null, expiresAt: { gt: clock.now() } },
    data: { usedAt: clock.now() },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", LINK_GONE);
  return tx.accessToken.findUniqueOrThrow({ where: { tokenHash } });
}

function checkPassword(password: string, context: string[]) {
  const problem = passwordProblem(password, context);
  if (problem) throw invalid("password", problem);
}

export async function acceptInvitation(input: { token: string; name: string; password: string }, ip: string | null) {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const invitation = await consume(tx, input.token, "MEMBER_INVITATION");
    checkPassword(input.password, [input.name, invitation.email.split("@")[0]]);
    if (!invitation.institutionId || !invitation.institutionRole) throw new AppError("NOT_FOUND", LINK_GONE);
    if (await tx.user.findUnique({ where: { email: invitation.email } })) {
      throw new AppError("CONFLICT", "account_exists");
    }
    const user = await tx.user.create({
      data: {
        email: invitation.email,
        name: input.name,
        passwordHash,
        institutionId: invitation.institutionId,
        institutionRole: invitation.institutionRole,
      },
    });
    await tx.accessToken.update({ where: { id: invitation.id }, data: { userId: user.id } });
    await recordAudit(tx, {
      action: "member.join",
      actor: { id: user.id, email: user.email, ip },
      targetType: "user",
      targetId: user.id,
      institutionId: user.institutionId,
      metadata: { invitationId: invitation.id, role: user.institutionRole },
    });
    return { email: user.email };
  });
}

export async function resetPasswordWithLink(input: { token: string; password: string }, ip: string | null) {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const reset = await consume(tx, input.token, "PASSWORD_RESET");
    const user = reset.userId ? await tx.user.findUnique({ where: { id: reset.userId } }) : null;
    if (user?.status !== "ACTIVE") throw new AppError("NOT_FOUND", LINK_GONE);
    checkPassword(input.password, [user.name, user.email.split("@")[0]]);
    // A new password ends every existing session.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await endAllSessionsOf(tx, user.id, "password_reset");
    await tx.signInThrottle.deleteMany({ where: { key: `account:${user.email}` } });
    await recordAudit(tx, {
      action: "auth.password_reset",
      actor: { id: user.id, email: user.email, ip },
      targetType: "user",
      targetId: user.id,
      institutionId: user.institutionId,
    });
    return { email: user.email };
  });
}

export async function setupOperator(
  input: { token: string; name: string; email: string; password: string },
  ip: string | null,
) {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    await consume(tx, input.token, "OPERATOR_SETUP");
    checkPassword(input.password, [input.name, input.email.split("@")[0]]);
    return createOperator(tx, { name: input.name, email: input.email, passwordHash }, ip);
  });
}

export async function createOperator(
  tx: Tx,
  input: { name: string; email: string; passwordHash: string },
  ip: string | null,
) {
  if (await tx.user.findUnique({ where: { email: input.email } })) {
    throw invalid("email", "email_taken");
  }
  const user = await tx.user.create({
    data: {
      email: input.email,
      name: input.name,
      passwordHash: input.passwordHash,
      isPlatformOperator: true,
      institutionRole: "MEMBER",
    },
  });
  await recordAudit(tx, {
    action: "auth.operator_setup",
    actor: { id: user.id, email: user.email, ip },
    targetType: "user",
    targetId: user.id,
  });
  return { email: user.email };
}
