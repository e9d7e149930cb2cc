import { describe, expect, it } from "vitest";
import { assertTransition, canTransition } from "@/lib/server/transitions";
import { ANSWERS, ATTENDANCE, attendeeStatuses, DELEGATION_STATUSES, DELEGATION_TRANSITIONS } from "./transitions";

describe("delegation status table", () => {
  it("an invitation is answered accept / tentative / decline, and the answer may change", () => {
    for (const answer of ANSWERS) expect(canTransition(DELEGATION_TRANSITIONS, "INVITED", answer)).toBe(true);
    expect(canTransition(DELEGATION_TRANSITIONS, "ACCEPTED", "DECLINED")).toBe(true);
    expect(canTransition(DELEGATION_TRANSITIONS, "DECLINED", "TENTATIVE")).toBe(true);
  });

  it("attendance can be marked from any answer, and corrected, but never un-marked into an answer", () => {
    for (const from of ["INVITED", "ACCEPTED", "TENTATIVE", "DECLINED"] as const)
      for (const mark of ATTENDANCE) expect(canTransition(DELEGATION_TRANSITIONS, from, mark)).toBe(true);
    expect(canTransition(DELEGATION_TRANSITIONS, "ATTENDED", "ABSENT")).toBe(true);
    expect(canTransition(DELEGATION_TRANSITIONS, "ABSENT", "ATTENDED")).toBe(true);
    for (const answer of ANSWERS) {
      expect(canTransition(DELEGATION_TRANSITIONS, "ATTENDED", answer)).toBe(false);
      expect(canTransition(DELEGATION_TRANSITIONS, "ABSENT", answer)).toBe(false);
    }
  });

  it("nothing goes back to INVITED; every status has a row", () => {
    for (const s of DELEGATION_STATUSES) {
      expect(DELEGATION_TRANSITIONS[s]).toBeDefined();
      expect(DELEGATION_TRANSITIONS[s]).not.toContain("INVITED");
    }
    expect(() => assertTransition(DELEGATION_TRANSITIONS, "ATTENDED", "ACCEPTED")).toThrow(
      "bad_transition:ATTENDED→ACCEPTED",
    );
  });

  it("attendees: those present for a held session, else who accepted or is tentative", () => {
    expect(attendeeStatuses("HELD")).toEqual(["ATTENDED"]);
    expect(attendeeStatuses("PLANNED")).toEqual(["ACCEPTED", "TENTATIVE", "ATTENDED"]);
  });
});
