import { describe, expect, it } from "vitest";
import { clock, DAY_MS } from "@/lib/time/clock";
import { approvalRound, inPackWindow, missingOf } from "./chasers";

const HOUR = 3_600_000;

describe("chaser schedule", () => {
  const now = clock.now();
  const inDays = (days: number, hours = 0) => new Date(now.getTime() + days * DAY_MS + hours * HOUR);

  it("the pack window opens N days before a session and closes when it starts", () => {
    expect(inPackWindow(inDays(7, 1), 7, now)).toBe(false);
    expect(inPackWindow(inDays(7), 7, now)).toBe(true);
    expect(inPackWindow(inDays(0, 1), 7, now)).toBe(true);
    expect(inPackWindow(inDays(0), 7, now)).toBe(false);
    expect(inPackWindow(inDays(20), 60, now)).toBe(true);
  });

  it("an agenda entry lacks a presenter when blank and a time when it has no duration", () => {
    expect(missingOf({ presenter: "  ", durationMinutes: 0 })).toEqual(["presenter", "time"]);
    expect(missingOf({ presenter: "Korea", durationMinutes: 0 })).toEqual(["time"]);
    expect(missingOf({ presenter: "", durationMinutes: 30 })).toEqual(["presenter"]);
    expect(missingOf({ presenter: "Korea", durationMinutes: 30 })).toEqual([]);
  });

  it("approval reminders come in rounds of N whole days after circulation", () => {
    const circulated = inDays(-11);
    expect([4, 5, 9, 10, 11].map((d) => approvalRound(circulated, 5, inDays(d - 11, 1)))).toEqual([0, 1, 1, 2, 2]);
    expect(approvalRound(circulated, 5, inDays(-6, -1))).toBe(0);
  });
});
