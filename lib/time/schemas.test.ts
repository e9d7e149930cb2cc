import { describe, expect, it } from "vitest";
import { isoDateFromToday } from "./clock";
import { isoDate, localDateTime, optionalIsoDate, urlDate } from "./schemas";

describe("the one date schema", () => {
  it("takes real calendar dates within 1800–9999", () => {
    for (const ok of ["2024-02-29", "1976-07-01", "1800-01-01", "9999-12-31"])
      expect(isoDate().safeParse(ok).success, ok).toBe(true);
  });
  it("refuses what PostgreSQL or the calendar refuses, with the form's message", () => {
    for (const bad of [
      "0000-01-01",
      "1799-12-31",
      "2023-99-99",
      "2023-02-29",
      "2023-02-30",
      "10000-01-01",
      "+012023-01-01",
      "2023-1-1",
      "2023-01-01\u0000",
      " 2023-01-01",
      "",
    ]) {
      const result = isoDate().safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.message).toBe("invalid_date");
    }
  });
  it("has an optional form and a URL form that turns bad dates into no filter", () => {
    expect(optionalIsoDate().parse("")).toBe("");
    expect(optionalIsoDate().safeParse("0000-01-01").success).toBe(false);
    expect(urlDate().parse("0000-01-01")).toBeUndefined();
    expect(urlDate().parse("2023-99-99")).toBeUndefined();
    expect(urlDate().parse(["2023-01-01", "2024-01-01"])).toBeUndefined();
    expect(urlDate().parse("2023-01-31")).toBe("2023-01-31");
  });
  it("bounds local date-times the same way", () => {
    expect(localDateTime().safeParse(`${isoDateFromToday(180)}T10:00`).success).toBe(true);
    for (const bad of ["0000-01-01T10:00", "2023-02-30T10:00", "2023-01-01T25:00", "99999-01-01T10:00"])
      expect(localDateTime().safeParse(bad).success, bad).toBe(false);
  });
});
