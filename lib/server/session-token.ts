// What the session JWT carries: identity only (user id, session version, sign-in time, session id).
// Roles and status are read from the database on every request (lib/server/session.ts).
import { serverEnv } from "@/lib/server/env";
import { clock } from "@/lib/time/clock";

export interface SessionClaims {
  sub?: string;
  /** User.sessionVersion at sign-in; a mismatch means the session was revoked. */
  sv?: number;
  /** Sign-in time (ms since epoch), for the absolute session lifetime. */
  at?: number;
  /** The UserSession row of this sign-in (./session-records.ts). */
  sid?: string;
}

export function secureCookies(): boolean {
  return serverEnv().baseUrl.startsWith("https://");
}

export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function idleSeconds(): number {
  return Math.round(serverEnv().SESSION_IDLE_HOURS * 3600);
}

export function absoluteLimitMs(): number {
  return serverEnv().SESSION_MAX_DAYS * 24 * 3600 * 1000;
}

export function isWithinAbsoluteLimit(claims: SessionClaims, now = clock.ms()): boolean {
  return typeof claims.at === "number" && now - claims.at < absoluteLimitMs();
}
