import { describe, expect, it } from "vitest";
import { utcToZonedInput, zonedToUtc } from "./zones";

describe("session times", () => {
  it("converts local times in a zone to UTC and back", () => {
    expect(zonedToUtc("2023-04-26T10:00", "Asia/Seoul").toISOString()).toBe("2023-04-26T01:00:00.000Z");
    expect(zonedToUtc("2023-08-18T09:30", "America/New_York").toISOString()).toBe("2023-08-18T13:30:00.000Z");
    expect(utcToZonedInput(new Date("2023-08-18T13:30:00Z"), "America/New_York")).toBe("2023-08-18T09:30");
  });

  it("handles daylight saving time on both sides of the change", () => {
    expect(zonedToUtc("2026-03-07T12:00", "America/New_York").toISOString()).toBe("2026-03-07T17:00:00.000Z");
    expect(zonedToUtc("2026-03-09T12:00", "America/New_York").toISOString()).toBe("2026-03-09T16:00:00.000Z");
  });
});

describe("a person's time zone", () => {
  it("accepts the IANA zones under the runtime's own name, and refuses anything else", async () => {
    const { timeZoneName } = await import("./schemas");
    const { canonicalTimeZone, timeZoneNames } = await import("./zones");
    const schema = timeZoneName();
    expect(schema.parse("Asia/Seoul")).toBe("Asia/Seoul");
    expect(schema.parse(" asia/seoul ")).toBe("Asia/Seoul");
    expect(schema.parse("US/Eastern")).toBe("America/New_York");
    expect(schema.parse("UTC")).toBe("UTC");
    expect(schema.parse("Etc/UTC")).toBe("UTC");
    for (const bad of ["Mars/Olympus_Mons", "", "GMT+25", "Asia"]) {
      const result = schema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0].message).toBe("unknown_time_zone");
    }
    // Whatever the list offers passes, as itself.
    for (const zone of timeZoneNames()) expect(canonicalTimeZone(zone)).toBe(zone);
  });

  it("tells the calendar day of an instant in a zone", async () => {
    const { localDate } = await import("./zones");
    const { isoDateFromToday } = await import("./clock");
    const at = new Date(`${isoDateFromToday(10)}T00:30:00Z`);
    expect(localDate(at, "Asia/Seoul")).toBe(isoDateFromToday(10));
    expect(localDate(at, "America/New_York")).toBe(isoDateFromToday(9));
  });
});
