import { describe, expect, it } from "vitest";
import { utcToZonedInput, zonedToUtc } from "@/lib/time/zones";
import { addMonthsInZone, bumpOrdinal, daysUntil, nextDueAt, proposedStart } from "./series-dates";

// Fixed calendar dates on purpose: these are facts of the calendar (month ends, leap years, a
// DST change) fed to pure functions that never read the clock, so they hold on any date.
const local = (at: Date, zone: string) => utcToZonedInput(at, zone);

describe("the next session's due date", () => {
  it("adds the cadence's months at the same local time in the session's zone", () => {
    const held = zonedToUtc("2025-06-12T10:00", "Asia/Seoul");
    expect(local(nextDueAt(held, "YEARLY", "Asia/Seoul")!, "Asia/Seoul")).toBe("2026-06-12T10:00");
    expect(local(nextDueAt(held, "HALF_YEARLY", "Asia/Seoul")!, "Asia/Seoul")).toBe("2025-12-12T10:00");
    expect(local(nextDueAt(held, "QUARTERLY", "Asia/Seoul")!, "Asia/Seoul")).toBe("2025-09-12T10:00");
    expect(local(nextDueAt(held, "MONTHLY", "Asia/Seoul")!, "Asia/Seoul")).toBe("2025-07-12T10:00");
  });

  it("has no due date without a cadence; the plan form then proposes a year later", () => {
    const held = zonedToUtc("2025-06-12T10:00", "UTC");
    expect(nextDueAt(held, "NONE", "UTC")).toBeNull();
    expect(local(proposedStart(held, "NONE", "UTC"), "UTC")).toBe("2026-06-12T10:00");
    expect(local(proposedStart(held, "QUARTERLY", "UTC"), "UTC")).toBe("2025-09-12T10:00");
  });

  it("keeps month ends inside the month (31 Jan + 1 month is the end of February)", () => {
    const zone = "America/New_York";
    const jan31 = zonedToUtc("2027-01-31T09:00", zone);
    expect(local(addMonthsInZone(jan31, 1, zone), zone)).toBe("2027-02-28T09:00");
    expect(local(addMonthsInZone(zonedToUtc("2028-01-31T09:00", zone), 1, zone), zone)).toBe("2028-02-29T09:00");
    expect(local(addMonthsInZone(zonedToUtc("2028-02-29T09:00", zone), 12, zone), zone)).toBe("2029-02-28T09:00");
    expect(local(addMonthsInZone(zonedToUtc("2026-08-31T09:00", zone), 3, zone), zone)).toBe("2026-11-30T09:00");
    expect(local(addMonthsInZone(zonedToUtc("2026-11-30T09:00", zone), 3, zone), zone)).toBe("2027-02-28T09:00");
  });

  it("crosses year ends and daylight saving time at the same wall-clock time", () => {
    const zone = "America/New_York";
    // 10:00 EST (UTC-5) in January, 10:00 EDT (UTC-4) in July: the UTC instant moves, the local time does not.
    const jan = zonedToUtc("2026-01-15T10:00", zone);
    const july = addMonthsInZone(jan, 6, zone);
    expect(local(july, zone)).toBe("2026-07-15T10:00");
    expect(july.toISOString()).toBe("2026-07-15T14:00:00.000Z");
    expect(local(addMonthsInZone(zonedToUtc("2026-11-20T18:00", zone), 3, zone), zone)).toBe("2027-02-20T18:00");
  });

  it("uses the session's own zone for the calendar day (late evening in Seoul is the same day there)", () => {
    // 31 Jan 23:30 in Seoul is 31 Jan 14:30 UTC; a month later is 28 Feb 23:30 in Seoul.
    const held = zonedToUtc("2027-01-31T23:30", "Asia/Seoul");
    expect(local(addMonthsInZone(held, 1, "Asia/Seoul"), "Asia/Seoul")).toBe("2027-02-28T23:30");
  });

  it("counts days until the due date on calendar days", () => {
    const now = new Date("2026-03-10T22:00:00Z");
    expect(daysUntil(new Date("2026-03-11T01:00:00Z"), now)).toBe(1);
    expect(daysUntil(new Date("2026-03-10T01:00:00Z"), now)).toBe(0);
    expect(daysUntil(new Date("2026-03-01T01:00:00Z"), now)).toBe(-9);
  });
});

describe("the next session's title", () => {
  it("bumps an English ordinal with the right suffix", () => {
    expect(bumpOrdinal("21st Joint Committee")).toBe("22nd Joint Committee");
    expect(bumpOrdinal("The 22nd session")).toBe("The 23rd session");
    expect(bumpOrdinal("3rd meeting")).toBe("4th meeting");
    expect(bumpOrdinal("10th meeting")).toBe("11th meeting");
    expect(bumpOrdinal("11th meeting")).toBe("12th meeting");
    expect(bumpOrdinal("12th meeting")).toBe("13th meeting");
    expect(bumpOrdinal("100th meeting")).toBe("101st meeting");
    expect(bumpOrdinal("110th meeting")).toBe("111th meeting");
  });

  it("bumps a Chinese ordinal", () => {
    expect(bumpOrdinal("中美科技合作联委会第21次会议")).toBe("中美科技合作联委会第22次会议");
    expect(bumpOrdinal("第9届论坛")).toBe("第10届论坛");
  });

  it("bumps a Korean ordinal", () => {
    expect(bumpOrdinal("제21차 한미 과학기술공동위원회")).toBe("제22차 한미 과학기술공동위원회");
    expect(bumpOrdinal("한미 공동위 21차 회의")).toBe("한미 공동위 22차 회의");
    expect(bumpOrdinal("제5회 포럼")).toBe("제6회 포럼");
  });

  it("leaves titles without an ordinal alone (the form then proposes “<committee> — next session”)", () => {
    expect(bumpOrdinal("2023 Joint Committee session")).toBeNull();
    expect(bumpOrdinal("Washington Joint Committee session")).toBeNull();
    expect(bumpOrdinal("")).toBeNull();
  });
});
