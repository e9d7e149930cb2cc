// Where a signed-out visitor is sent: the sign-in page, carrying the page they asked for as
// `callbackUrl` so that sign-in leads back to it (a link from an email survives sign-in). The
// proxy records the requested path and query (x-accord-target); a fragment never reaches the
// server, so links that must point inside a page use a query the page understands instead.
import { safeRedirectTarget } from "./safe-redirect";

/** The header the proxy sets (never the client's) with the requested path and query. */
export const TARGET_HEADER = "x-accord-target";

// Next's own query parameters (the RSC payload marker of client navigations) are not part of
// the page a person asked for.
const INTERNAL_PARAMS = ["_rsc"];

/** "/sign-in?callbackUrl=…" for a same-origin target; plain "/sign-in" for home or anything odd. */
export function signInUrl(requested: string | null | undefined, baseUrl: string): string {
  if (typeof requested !== "string") return "/sign-in";
  const [path, ...rest] = requested.split("?");
  const params = new URLSearchParams(rest.join("?"));
  for (const name of INTERNAL_PARAMS) params.delete(name);
  const query = params.toString();
  const target = safeRedirectTarget(`${path}${query ? `?${query}` : ""}`, baseUrl);
  if (target === "/" || target === "/sign-in" || target.startsWith("/sign-in?")) return "/sign-in";
  return `/sign-in?callbackUrl=${encodeURIComponent(target)}`;
}
