import { describe, expect, it } from "vitest";
import { followUpHealth } from "./health";

const now = new Date("2026-11-23T15:00:00Z");
const due = (d: string) => new Date(`${d}T00:00:00Z`);

describe("follow-up health", () => {
  it("is overdue from the day after the due date, not on it", () => {
    expect(followUpHealth({ status: "OPEN", dueDate: due("2026-11-23"), progress: 90 }, now)).toBe("ON_TRACK");
    expect(followUpHealth({ status: "IN_PROGRESS", dueDate: due("2026-11-22"), progress: 90 }, now)).toBe("OVERDUE");
  });
  it("is at risk when blocked, or due within a week with less than half done", () => {
    expect(followUpHealth({ status: "BLOCKED", dueDate: due("2027-06-01"), progress: 80 }, now)).toBe("AT_RISK");
    expect(followUpHealth({ status: "OPEN", dueDate: due("2026-11-30"), progress: 10 }, now)).toBe("AT_RISK");
    expect(followUpHealth({ status: "OPEN", dueDate: due("2026-12-01"), progress: 10 }, now)).toBe("ON_TRACK");
  });
  it("done and cancelled stay so whatever the date", () => {
    expect(followUpHealth({ status: "DONE", dueDate: due("2020-01-01"), progress: 100 }, now)).toBe("DONE");
    expect(followUpHealth({ status: "CANCELLED", dueDate: due("2020-01-01"), progress: 0 }, now)).toBe("CANCELLED");
  });
});
