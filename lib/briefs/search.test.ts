import { describe, expect, it } from "vitest";
import { cjkBigramQuery, queryTerms } from "./search";

describe("search query terms", () => {
  it("splits words, lower-cases and strips quotes", () => {
    expect(queryTerms('"Export" Control  量子')).toEqual(["export", "control", "量子"]);
  });

  it("turns CJK and Hangul runs into bigram phrases, and leaves other words alone", () => {
    expect(cjkBigramQuery("量子")).toBe("量子");
    expect(cjkBigramQuery("量子计算")).toBe("量子 <-> 子计 <-> 计算");
    expect(cjkBigramQuery("반도체")).toBe("반도 <-> 도체");
    expect(cjkBigramQuery("ai芯片")).toBe("芯片");
    expect(cjkBigramQuery("quantum")).toBeNull();
    expect(cjkBigramQuery("量")).toBeNull();
    expect(cjkBigramQuery("人工智能", "all")).toBe("人工 & 工智 & 智能");
  });
});
