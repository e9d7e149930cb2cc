import { describe, expect, it } from "vitest";
import { safeRedirectTarget } from "./safe-redirect";

const base = "http://accord.test";

describe("safeRedirectTarget", () => {
  it.each([
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/%5Cevil.example/",
    "/%5cevil.example/",
    "%2F%2Fevil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\u0000//evil.example",
    " /\\evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "http://evil.example",
    "https://evil.example/briefs",
    "https://accord.test@evil.example",
    "//accord.test@evil.example",
    "http://user:pass@accord.test/briefs",
    "http://accord.test.evil.example",
    "http://accord.test:8080/",
    "https://accord.test/",
    "ftp://accord.test/",
    "mailto:x@y",
    "",
    `/${"a".repeat(5000)}`,
  ])("sends %j home", (input) => {
    expect(safeRedirectTarget(input, base)).toBe("/");
  });

  it.each([undefined, null, 42, {}, ["/briefs"]])("sends a non-string (%j) home", (input) => {
    expect(safeRedirectTarget(input, base)).toBe("/");
  });

  it.each([
    ["/", "/"],
    ["/briefs?q=a#x", "/briefs?q=a#x"],
    ["/follow-ups/abc?view=1", "/follow-ups/abc?view=1"],
    ["http://accord.test/briefs", "/briefs"],
    ["briefs", "/briefs"],
    ["/briefs?q=%E9%87%8F%E5%AD%90", "/briefs?q=%E9%87%8F%E5%AD%90"],
    ["/committees/../briefs", "/briefs"],
  ])("keeps our own page %j as %j", (input, expected) => {
    expect(safeRedirectTarget(input, base)).toBe(expected);
  });
});
