import { type NextRequest, NextResponse } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { authSecret } from "@/lib/server/env";
import { checkActionBody, checkActionFields, checkUrl } from "@/lib/server/request-guard";
import { idleSeconds, isWithinAbsoluteLimit, type SessionClaims, sessionCookieName } from "@/lib/server/session-token";
import { TARGET_HEADER } from "@/lib/server/sign-in-target";
import { clock } from "@/lib/time/clock";

// Re-issue the session cookie at most every 5 minutes of activity: that makes the idle
// timeout (SESSION_IDLE_HOURS) sliding, while `at` keeps the absolute limit fixed.
const REFRESH_AFTER_SECONDS = 5 * 60;

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style elements only from our files or with the nonce; style attributes (React style props,
    // Recharts' SVG) stay allowed: a nonce cannot cover an attribute (docs/architecture.md).
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

async function refreshSession(request: NextRequest, response: NextResponse): Promise<void> {
  const name = sessionCookieName();
  const raw = request.cookies.get(name)?.value;
  if (!raw) return;
  const secret = authSecret();
  const claims = (await decode({ token: raw, secret }).catch(() => null)) as (SessionClaims & { iat?: number }) | null;
  if (!claims || !isWithinAbsoluteLimit(claims)) {
    response.cookies.delete(name);
    return;
  }
  const issuedAt = claims.iat ?? 0;
  if (clock.ms() / 1000 - issuedAt < REFRESH_AFTER_SECONDS) return;
  const maxAge = idleSeconds();
  const token = await encode({
    token: { sub: claims.sub, sv: claims.sv, at: claims.at, sid: claims.sid },
    secret,
    maxAge,
  });
  response.cookies.set(name, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    maxAge,
  });
}

/** Malformed URLs and unparseable server-action bodies end here with 400/413, not deep inside. */
async function refuseMalformed(request: NextRequest): Promise<NextResponse | null> {
  const raw = new URL(request.url);
  // request.url keeps the percent-encoding as sent (NextURL's pathname may not).
  let refusal = checkUrl(raw.pathname, raw.search);
  if (!refusal && request.method === "POST" && request.headers.has("next-action")) {
    const length = request.headers.get("content-length");
    refusal = await checkActionBody(
      request.headers.get("content-type") ?? "",
      length && /^\d+$/.test(length) ? Number(length) : null,
      () => request.clone().text(),
    );
    if (!refusal && /^multipart\/form-data/i.test(request.headers.get("content-type") ?? "")) {
      const form = await request
        .clone()
        .formData()
        .catch(() => null);
      refusal = form
        ? checkActionFields(new Map([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v : null])))
        : { status: 400, reason: "bad_multipart" };
    }
  }
  if (!refusal) return null;
  console.warn(`[request] refused ${request.method} ${raw.pathname.slice(0, 200)}: ${refusal.reason}`);
  return NextResponse.json({ error: "bad_request", reason: refusal.reason }, { status: refusal.status });
}

export async function proxy(request: NextRequest) {
  const refused = await refuseMalformed(request);
  if (refused) return refused;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // The path refusals are recorded with (lib/server/refusals.ts); set here, never the client's.
  requestHeaders.set("x-accord-path", request.nextUrl.pathname);
  // The page asked for, path and query, so sign-in can lead back to it (lib/server/sign-in-target.ts).
  requestHeaders.set(TARGET_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  // next-auth's own routes set and clear the cookie themselves (sign-in, sign-out).
  if (!request.nextUrl.pathname.startsWith("/api/auth/")) await refreshSession(request, response);
  return response;
}

export const config = {
  matcher: [
    {
      // Prefetches too: a client may send the prefetch headers on any request, and the checks
      // above must not be skipped for it.
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
    },
  ],
};
