// Email + password sign-in with throttling and an audit event for every attempt.
// The failure message never says whether the email exists.
import { recordAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { clock } from "@/lib/time/clock";
import { verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import {
  ACCOUNT_FAILURE_LIMIT,
  accountKey,
  clearFailures,
  IP_FAILURE_LIMIT,
  ipKey,
  isLocked,
  recordFailure,
} from "./throttle";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled" };

export async function signInWithPassword(input: {
  email: unknown;
  password: unknown;
  ip: string | null;
}): Promise<SignInResult> {
  const parsed = signInSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = [accountKey(email), ...(input.ip ? [ipKey(input.ip)] : [])];

  const user = await db().user.findUnique({ where: { email } });
  const audit = {
    actorEmail: email,
    ip: input.ip,
    institutionId: user?.institutionId ?? null,
    targetType: "user",
    targetId: user?.id,
  };

  if (await isLocked(db(), keys)) {
    await db().$transaction(async (tx) => {
      await recordAudit(tx, {
        ...audit,
        action: "auth.sign_in_failed",
        actor: user ? { id: user.id, email } : null,
        metadata: { reason: "throttled" },
      });
    });
    return { ok: false, reason: "throttled" };
  }

  // Always verify (against a dummy hash if needed) so timing does not reveal the account.
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.status !== "ACTIVE") {
    await db().$transaction(async (tx) => {
      await recordFailure(tx, accountKey(email), ACCOUNT_FAILURE_LIMIT);
      if (input.ip) await recordFailure(tx, ipKey(input.ip), IP_FAILURE_LIMIT);
      const reason = !user ? "unknown_account" : user.status !== "ACTIVE" ? "deactivated" : "wrong_password";
      await recordAudit(tx, {
        ...audit,
        action: "auth.sign_in_failed",
        actor: user ? { id: user.id, email } : null,
        metadata: { reason },
      });
    });
    return { ok: false, reason: "invalid" };
  }

  await db().$transaction(async (tx) => {
    await clearFailures(tx, accountKey(email));
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: clock.now() } });
    await recordAudit(tx, { ...audit, action: "auth.sign_in", actor: { id: user.id, email } });
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
