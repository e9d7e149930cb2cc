import { describe, expect, it } from "vitest";
import { safeRedirectTarget } from "./safe-redirect";
import { signInUrl } from "./sign-in-target";

const base = "http://accord.test";

/** Where the sign-in page sends the browser after a successful sign-in. */
const landing = (requested: string | null) => {
  const url = new URL(signInUrl(requested, base), base);
  return safeRedirectTarget(url.searchParams.get("callbackUrl") ?? "/", base);
};

describe("signInUrl", () => {
  it("carries the requested path and query through sign-in", () => {
    expect(signInUrl("/follow-ups/abc", base)).toBe("/sign-in?callbackUrl=%2Ffollow-ups%2Fabc");
    expect(landing("/sessions/s1?focus=minutes")).toBe("/sessions/s1?focus=minutes");
    expect(landing("/follow-ups?assignee=me&status=OPEN")).toBe("/follow-ups?assignee=me&status=OPEN");
  });

  it("drops Next's internal RSC marker but keeps the rest of the query", () => {
    expect(landing("/sessions/s1?focus=minutes&_rsc=1x2y")).toBe("/sessions/s1?focus=minutes");
    expect(signInUrl("/briefs?_rsc=abc", base)).toBe("/sign-in?callbackUrl=%2Fbriefs");
  });

  it("sends home, the sign-in page itself and a missing target to plain /sign-in", () => {
    expect(signInUrl(null, base)).toBe("/sign-in");
    expect(signInUrl(undefined, base)).toBe("/sign-in");
    expect(signInUrl("/", base)).toBe("/sign-in");
    expect(signInUrl("/sign-in?callbackUrl=%2Fbriefs", base)).toBe("/sign-in");
  });

  it.each([
    "//evil.example",
    "//evil.example/sessions?focus=minutes",
    "/\\evil.example",
    "/%5Cevil.example",
    "/%2F%2Fevil.example",
    "https://evil.example",
    "https://evil.example/sessions/s1",
    "http://accord.test@evil.example/",
    "javascript:alert(1)",
    "/\t/evil.example",
  ])("never carries an open redirect: %s lands on /", (requested) => {
    expect(signInUrl(requested, base)).toBe("/sign-in");
    expect(landing(requested)).toBe("/");
  });

  it.each(["//evil.example", "/\\evil.example", "https://evil.example"])(
    "a forged callbackUrl (%s) is refused by the sign-in page's check",
    (forged) => {
      expect(safeRedirectTarget(forged, base)).toBe("/");
    },
  );
});
