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
