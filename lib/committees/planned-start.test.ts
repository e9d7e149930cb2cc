import { describe, expect, it } from "vitest";
import { clock, DAY_MS } from "@/lib/time/clock";
import { daysFromPlannedStart, plannedStartDistance } from "./planned-start";

const now = clock.now();
const at = (days: number, hours = 0) => new Date(now.getTime() + days * DAY_MS + hours * 3_600_000);

describe("distance from a session's planned start", () => {
  it("says nothing within a day either side of the plan", () => {
    for (const planned of [now, at(1), at(-1), at(0, 23), at(0, -23)]) {
      expect(daysFromPlannedStart(planned, now)).toBeNull();
      expect(plannedStartDistance(planned, now, "en")).toBeNull();
    }
  });

  it("counts whole days beyond a day, ahead or past", () => {
    expect(daysFromPlannedStart(at(1, 1), now)).toBe(1);
    expect(daysFromPlannedStart(at(60), now)).toBe(60);
    expect(daysFromPlannedStart(at(-3, -2), now)).toBe(-3);
  });

  it("words the distance in the reader's language", () => {
    expect(plannedStartDistance(at(60), now, "en")).toBe("in 60 days");
    expect(plannedStartDistance(at(-3), now, "en")).toBe("3 days ago");
    expect(plannedStartDistance(at(60), now, "zh")).toBe("60天后");
    expect(plannedStartDistance(at(60), now, "ko")).toBe("60일 후");
  });
});
