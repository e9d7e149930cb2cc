import { describe, expect, it } from "vitest";
import { countryChoices } from "@/lib/reference/country-names";
import { normalizeForSearch, searchOptions } from "./option-search";

const en = countryChoices("en");
const first = (query: string, options = en) => searchOptions(options, query)[0]?.value;
const codes = (query: string, options = en) => searchOptions(options, query).map((o) => o.value);

describe("searchable options", () => {
  it("normalizes case, accents and punctuation", () => {
    expect(normalizeForSearch("Côte d’Ivoire")).toBe("cote divoire");
    expect(normalizeForSearch("U.S.A.")).toBe("usa");
    expect(normalizeForSearch("Congo-Kinshasa")).toBe("congo kinshasa");
  });

  it("keeps every option, in order, for an empty query", () => {
    const options = [
      { value: "b", label: "B" },
      { value: "a", label: "A" },
    ];
    expect(searchOptions(options, "  ")).toEqual(options);
  });

  it("ranks an exact name before one that only contains the query", () => {
    const options = [
      { value: "x", label: "Mixed reality" },
      { value: "y", label: "Reality" },
      { value: "z", label: "Quantum", keywords: ["reality check"] },
    ];
    expect(searchOptions(options, "reality").map((o) => o.value)).toEqual(["y", "z", "x"]);
    expect(searchOptions(options, "nothing")).toEqual([]);
  });
});

describe("countries by common and short names", () => {
  it("finds the Islamic Republic of Iran under Iran, first", () => {
    expect(en.find((c) => c.value === "IR")?.label).toBe("Islamic Republic of Iran");
    expect(first("Iran")).toBe("IR");
    expect(first("iran")).toBe("IR");
  });

  it.each([
    ["South Korea", "KR"],
    ["North Korea", "KP"],
    ["DPRK", "KP"],
    ["Russia", "RU"],
    ["Syria", "SY"],
    ["Vietnam", "VN"],
    ["Viet Nam", "VN"],
    ["Laos", "LA"],
    ["Bolivia", "BO"],
    ["Venezuela", "VE"],
    ["Tanzania", "TZ"],
    ["Moldova", "MD"],
    ["Czechia", "CZ"],
    ["Czech Republic", "CZ"],
    ["Türkiye", "TR"],
    ["Turkey", "TR"],
    ["UK", "GB"],
    ["Britain", "GB"],
    ["US", "US"],
    ["USA", "US"],
    ["America", "US"],
    ["Taiwan", "TW"],
    ["Palestine", "PS"],
    ["Micronesia", "FM"],
    ["Brunei", "BN"],
    ["Cape Verde", "CV"],
    ["Cabo Verde", "CV"],
    ["Ivory Coast", "CI"],
    ["Cote d'Ivoire", "CI"],
    ["Macedonia", "MK"],
    ["DRC", "CD"],
  ])("%s finds %s first", (query, code) => {
    expect(first(query)).toBe(code);
  });

  it("finds both Koreas under Korea and both Congos under Congo", () => {
    expect(codes("Korea").slice(0, 2).sort()).toEqual(["KP", "KR"]);
    expect(codes("Congo").slice(0, 2).sort()).toEqual(["CD", "CG"]);
  });

  it("finds a country by its ISO code", () => {
    expect(first("IR")).toBe("IR");
    expect(first("kp")).toBe("KP");
  });

  it("finds a country by its name in another language, and shows the reader's language", () => {
    expect(first("伊朗")).toBe("IR");
    expect(first("한국")).toBe("KR");
    expect(first("북한")).toBe("KP");
    const zh = countryChoices("zh");
    expect(zh.find((c) => c.value === "IR")?.label).toBe("伊朗");
    expect(first("Iran", zh)).toBe("IR");
  });
});
