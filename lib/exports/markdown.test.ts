import { describe, expect, it } from "vitest";
import { narrowestDistribution } from "./document";
import { markdownBlocks, plainInline } from "./markdown";
import { splitRuns } from "./scripts";

describe("markdown for Word and PDF", () => {
  it("keeps headings, lists and paragraphs, drops inline marks and keeps link addresses", () => {
    expect(
      markdownBlocks(
        "# 회의 요약\n\nBoth **sides** agreed\nto _act_.\n\n- 中方\n- US [site](https://x.org)\n\n1. one\n2. two",
      ),
    ).toEqual([
      { kind: "heading", level: 3, text: "회의 요약" },
      { kind: "paragraph", text: "Both sides agreed to act." },
      { kind: "list", ordered: false, items: ["中方", "US site (https://x.org)"] },
      { kind: "list", ordered: true, items: ["one", "two"] },
    ]);
    expect(
      markdownBlocks("Figures:\n\n| | Korea | Japan |\n|---|---:|---|\n| R&D / GDP | **4.93%** | 3.29% |\n\nAfter."),
    ).toEqual([
      { kind: "paragraph", text: "Figures:" },
      { kind: "table", headers: ["", "Korea", "Japan"], rows: [["R&D / GDP", "4.93%", "3.29%"]] },
      { kind: "paragraph", text: "After." },
    ]);
    expect(plainInline("snake_case_name and `code`")).toBe("snake_case_name and code");
  });
});

describe("runs by script", () => {
  it("splits Hangul from other text and keeps spaces and punctuation in the run they follow", () => {
    const runs = splitRuns("한미 공동위원회 · 中韩 (2023)", (c) => (/[가-힣]/.test(c) ? "ko" : "zh"));
    expect(runs).toEqual([
      { text: "한미 공동위원회 · ", key: "ko" },
      { text: "中韩 (2023)", key: "zh" },
    ]);
  });
});

describe("a document's TLP level", () => {
  it("is the narrowest of its parts, never wider than the cap", () => {
    expect(narrowestDistribution(["PUBLIC", "COMMUNITY"], "WORKSPACE")).toBe("WORKSPACE");
    expect(narrowestDistribution(["PUBLIC", "INSTITUTION"], "WORKSPACE")).toBe("INSTITUTION");
    expect(narrowestDistribution(["PUBLIC"], "PUBLIC")).toBe("PUBLIC");
  });
});
