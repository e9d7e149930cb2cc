import { describe, expect, it } from "vitest";
import { assertTransition, canTransition } from "@/lib/server/transitions";
import { AGENDA_ITEM_TRANSITIONS, MINUTES_TRANSITIONS, SESSION_TRANSITIONS } from "./transitions";

describe("status transition tables", () => {
  it("sessions go PLANNED → IN_SESSION → HELD and never back", () => {
    expect(canTransition(SESSION_TRANSITIONS, "PLANNED", "IN_SESSION")).toBe(true);
    expect(canTransition(SESSION_TRANSITIONS, "IN_SESSION", "HELD")).toBe(true);
    expect(canTransition(SESSION_TRANSITIONS, "PLANNED", "HELD")).toBe(true);
    expect(canTransition(SESSION_TRANSITIONS, "HELD", "PLANNED")).toBe(false);
    expect(canTransition(SESSION_TRANSITIONS, "HELD", "IN_SESSION")).toBe(false);
    expect(canTransition(SESSION_TRANSITIONS, "IN_SESSION", "PLANNED")).toBe(false);
  });

  it("only a planned session can be cancelled, and a cancelled one stays so", () => {
    expect(canTransition(SESSION_TRANSITIONS, "PLANNED", "CANCELLED")).toBe(true);
    expect(canTransition(SESSION_TRANSITIONS, "IN_SESSION", "CANCELLED")).toBe(false);
    expect(canTransition(SESSION_TRANSITIONS, "HELD", "CANCELLED")).toBe(false);
    expect(SESSION_TRANSITIONS.CANCELLED).toEqual([]);
  });

  it("agenda items are adopted or declined once, then progress to a conclusion", () => {
    expect(AGENDA_ITEM_TRANSITIONS.PROPOSED).toEqual(["ADOPTED", "DECLINED", "WITHDRAWN"]);
    expect(canTransition(AGENDA_ITEM_TRANSITIONS, "DECLINED", "ADOPTED")).toBe(false);
    expect(canTransition(AGENDA_ITEM_TRANSITIONS, "CONCLUDED", "IN_PROGRESS")).toBe(true);
    expect(canTransition(AGENDA_ITEM_TRANSITIONS, "WITHDRAWN", "ADOPTED")).toBe(false);
  });

  it("minutes go DRAFT → CIRCULATED → APPROVED, may go back to draft before approval, and are final once approved", () => {
    expect(canTransition(MINUTES_TRANSITIONS, "DRAFT", "CIRCULATED")).toBe(true);
    expect(canTransition(MINUTES_TRANSITIONS, "DRAFT", "APPROVED")).toBe(false);
    expect(canTransition(MINUTES_TRANSITIONS, "CIRCULATED", "DRAFT")).toBe(true);
    expect(MINUTES_TRANSITIONS.APPROVED).toEqual([]);
  });

  it("refuses a forbidden change with a conflict naming it, and allows staying put", () => {
    expect(() => assertTransition(SESSION_TRANSITIONS, "HELD", "PLANNED")).toThrow("bad_transition:HELD→PLANNED");
    expect(() => assertTransition(SESSION_TRANSITIONS, "HELD", "HELD")).not.toThrow();
  });
});
