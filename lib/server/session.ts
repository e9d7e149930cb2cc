import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { cache } from "react";
import { isWithinAbsoluteLimit, type SessionClaims, sessionCookieName } from "@/lib/server/session-token";
import type { Actor } from "./actor";
import { authSecret, serverEnv } from "./env";
import { loadActiveActor } from "./load-actor";
import { clientIpFrom } from "./request";
import { signInUrl, TARGET_HEADER } from "./sign-in-target";

/**
 * The signed-in user for this request, read from the database (once per request), or null.
 * A deactivated user, a revoked session (sessionVersion changed), an ended session record
 * (sign-out, ended from "Your sessions") or an expired one is null; so is a token from before
 * session records (no `sid`): its holder signs in again.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  const claims = (await decode({ token: raw, secret: authSecret() }).catch(() => null)) as SessionClaims | null;
  if (!claims?.sub || typeof claims.sid !== "string" || !isWithinAbsoluteLimit(claims)) return null;
  const requestHeaders = await headers();
  return loadActiveActor(
    claims.sub,
    claims.sv,
    clientIpFrom((name) => requestHeaders.get(name)),
    undefined,
    claims.sid,
  );
});

/** For pages and actions that need a user: sends everyone else to the sign-in page, which
 * leads back to the page they asked for. */
export async function requireUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect(signInUrl((await headers()).get(TARGET_HEADER), serverEnv().baseUrl));
  return user;
}
