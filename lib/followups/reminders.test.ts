import { describe, expect, it } from "vitest";
import { reminderFor } from "./reminders";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("reminder schedule", () => {
  it("reminds 7 days and 1 day before, and every day after the due date", () => {
    const due = d("2026-12-10");
    const kinds = [
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-09",
      "2026-12-10",
      "2026-12-11",
      "2026-12-12",
    ].map((day) => reminderFor(due, d(day)));
    expect(kinds).toEqual([null, "DUE_7", null, "DUE_1", null, "OVERDUE", "OVERDUE"]);
  });
});
