// Single-use link tokens: 32 random bytes in the link, only their SHA-256 in the database.
// Invitation links are derived instead (an HMAC of a random nonce with the app secret), so
// the admins of the institution can be shown a pending invitation's link again, while the
// database alone (nonce and hash) cannot rebuild it.
import { createHash, createHmac, randomBytes } from "node:crypto";
import { DAY_MS } from "@/lib/time/clock";
import { authSecret } from "./env";

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The token of an invitation link, from its nonce and the app secret. */
export function invitationLinkToken(nonce: string, secret = authSecret()): string {
  return createHmac("sha256", secret).update(`accord invitation link\0${nonce}`).digest("base64url");
}

export function newInvitationLinkToken(secret = authSecret()): { nonce: string; token: string; tokenHash: string } {
  const nonce = randomBytes(32).toString("base64url");
  const token = invitationLinkToken(nonce, secret);
  return { nonce, token, tokenHash: hashLinkToken(token) };
}

/**
 * The token of a stored invitation, or null when it cannot be rebuilt: issued before links
 * were derived, or under another app secret (the rebuilt token would not match the hash).
 */
export function storedInvitationToken(row: { linkNonce: string | null; tokenHash: string }, secret = authSecret()) {
  if (!row.linkNonce) return null;
  const token = invitationLinkToken(row.linkNonce, secret);
  return hashLinkToken(token) === row.tokenHash ? token : null;
}
export const TOKEN_LIFETIME_MS = {
  MEMBER_INVITATION: 7 * DAY_MS,
  PASSWORD_RESET: 1 * DAY_MS,
  OPERATOR_SETUP: 1 * DAY_MS,
} as const;
