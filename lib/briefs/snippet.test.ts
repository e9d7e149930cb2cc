import { describe, expect, it } from "vitest";
import { snippet } from "./snippet";

describe("search snippets", () => {
  it("marks every occurrence of the terms, in any case", () => {
    const parts = snippet("Export controls on quantum: the export rule", ["export"]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["Export", "export"]);
  });

  it("centres on the first match in long CJK text", () => {
    const text = `${"经济".repeat(200)}量子计算${"安全".repeat(200)}`;
    const parts = snippet(text, ["量子"], 60);
    expect(parts.some((p) => p.mark && p.text === "量子")).toBe(true);
    expect(parts[0].text.startsWith("…")).toBe(true);
  });

  it("treats terms as text, not as patterns", () => {
    const parts = snippet("cxd and c.d", ["c.d"]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["c.d"]);
    expect(snippet("version 1.2 released", ["1.2"]).some((p) => p.mark && p.text === "1.2")).toBe(true);
  });
});

describe("snippet cleaning", () => {
  it("drops Markdown syntax but keeps the prose's punctuation", () => {
    const text = "## Heading\n\n- **Bold** item (1 Aug 2023): multi-agency R&D, +2.6%\n- [a link](https://example.org)";
    const plain = snippet(text, [], 500)
      .map((p) => p.text)
      .join("");
    expect(plain).toBe("Heading Bold item (1 Aug 2023): multi-agency R&D, +2.6% a link");
  });
});
