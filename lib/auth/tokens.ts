// Single-use link tokens: 32 random bytes in the link, only their SHA-256 in the database.
import { createHash, randomBytes } from "node:crypto";

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const TOKEN_LIFETIME_MS = {
  MEMBER_INVITATION: 7 * DAY_MS,
  PASSWORD_RESET: 1 * DAY_MS,
  OPERATOR_SETUP: 1 * DAY_MS,
} as const;
