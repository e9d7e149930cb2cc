import { describe, expect, it } from "vitest";
import { canTransition } from "@/lib/server/transitions";
import { OPEN_FOLLOW_UP_STATUSES } from "./schemas";
import { FOLLOW_UP_TRANSITIONS } from "./transitions";

describe("follow-up status transitions", () => {
  it("follow-ups move freely while open, and only reopen from DONE or CANCELLED", () => {
    for (const to of ["IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"] as const)
      expect(canTransition(FOLLOW_UP_TRANSITIONS, "OPEN", to)).toBe(true);
    expect(canTransition(FOLLOW_UP_TRANSITIONS, "DONE", "CANCELLED")).toBe(false);
    expect(canTransition(FOLLOW_UP_TRANSITIONS, "DONE", "IN_PROGRESS")).toBe(true);
    expect(canTransition(FOLLOW_UP_TRANSITIONS, "CANCELLED", "DONE")).toBe(false);
    expect(canTransition(FOLLOW_UP_TRANSITIONS, "IN_PROGRESS", "OPEN")).toBe(false);
  });

  it("counts as open exactly the statuses a follow-up can still move on from to DONE", () => {
    for (const status of OPEN_FOLLOW_UP_STATUSES)
      expect(canTransition(FOLLOW_UP_TRANSITIONS, status, "DONE")).toBe(true);
    expect(OPEN_FOLLOW_UP_STATUSES).not.toContain("DONE");
    expect(OPEN_FOLLOW_UP_STATUSES).not.toContain("CANCELLED");
    expect(OPEN_FOLLOW_UP_STATUSES).toHaveLength(3);
  });
});
