import "server-only";
import { headers as requestHeaders } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { authSecret, serverEnv } from "@/lib/server/env";
import { clientIpFrom } from "@/lib/server/request";
import { safeRedirectTarget } from "@/lib/server/safe-redirect";
import { endSessionById, startSession } from "@/lib/server/session-records";
import { idleSeconds, type SessionClaims, secureCookies, sessionCookieName } from "@/lib/server/session-token";
import { clock } from "@/lib/time/clock";
import { signInWithPassword } from "./sign-in";

export const THROTTLED_ERROR = "throttled";

export function authOptions(): NextAuthOptions {
  const env = serverEnv();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const ip = clientIpFrom((name) => headers[name] ?? null);
        const result = await signInWithPassword({ email: credentials?.email, password: credentials?.password, ip });
        if (result.ok)
          return {
            id: result.user.id,
            email: result.user.email,
            name: result.user.name,
            sessionVersion: result.user.sessionVersion,
          };
        if (result.reason === "throttled") throw new Error(THROTTLED_ERROR);
        return null;
      },
    }),
  ];
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    // Institutional SSO: signs in existing, active Accord users whose email the provider verifies.
    providers.push({
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; email?: string; name?: string; email_verified?: boolean }) {
        return {
          id: profile.sub,
          email: profile.email?.toLowerCase() ?? null,
          name: profile.name ?? null,
          emailVerified: profile.email_verified,
        };
      },
    });
  }

  return {
    secret: authSecret(),
    useSecureCookies: secureCookies(),
    session: { strategy: "jwt", maxAge: idleSeconds(), updateAge: 5 * 60 },
    jwt: { maxAge: idleSeconds() },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers,
    callbacks: {
      // Every redirect next-auth makes (after sign-in, SSO, sign-out) stays on our origin.
      redirect({ url }) {
        return `${env.baseUrl}${safeRedirectTarget(url, env.baseUrl)}`;
      },
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        const verified = (user as { emailVerified?: boolean }).emailVerified !== false;
        const existing = user.email ? await db().user.findUnique({ where: { email: user.email } }) : null;
        return !!existing && existing.status === "ACTIVE" && verified;
      },
      async jwt({ token, user, account }) {
        const claims = token as typeof token & SessionClaims;
        if (user && account) {
          const row =
            account.provider === "oidc"
              ? await db().user.findUniqueOrThrow({ where: { email: user.email! } })
              : await db().user.findUniqueOrThrow({ where: { id: user.id } });
          if (account.provider === "oidc") {
            await db().$transaction((tx) =>
              recordAudit(tx, {
                action: "auth.sign_in",
                actor: { id: row.id, email: row.email },
                institutionId: row.institutionId,
                metadata: { provider: "oidc" },
              }),
            );
          }
          // A session record per sign-in; the token carries its id (lib/server/session-records.ts).
          const request = await requestHeaders();
          const sid = await startSession({
            userId: row.id,
            provider: account.provider,
            userAgent: request.get("user-agent") ?? "",
            ip: clientIpFrom((name) => request.get(name)),
          });
          // Identity only: name, email and picture are dropped from the token.
          return { sub: row.id, sv: row.sessionVersion, at: clock.ms(), sid };
        }
        return claims;
      },
      async session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub } } as typeof session;
      },
    },
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() },
      },
    },
    events: {
      async signOut({ token }) {
        const sid = (token as SessionClaims | null)?.sid;
        if (sid) await endSessionById(sid, "signed_out");
        const userId = (token as SessionClaims | null)?.sub;
        if (!userId) return;
        const user = await db().user.findUnique({ where: { id: userId } });
        if (!user) return;
        await db().$transaction((tx) =>
          recordAudit(tx, {
            action: "auth.sign_out",
            actor: { id: user.id, email: user.email },
            institutionId: user.institutionId,
          }),
        );
      },
    },
  };
}
