// Single-use link tokens: 32 random bytes in the link, only their SHA-256 in the database.
// Also the calendar feed's token (lib/calendar), which lasts until replaced.
import { createHash, randomBytes } from "node:crypto";
import { DAY_MS } from "@/lib/time/clock";

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const TOKEN_LIFETIME_MS = {
  MEMBER_INVITATION: 7 * DAY_MS,
  PASSWORD_RESET: 1 * DAY_MS,
  OPERATOR_SETUP: 1 * DAY_MS,
} as const;
