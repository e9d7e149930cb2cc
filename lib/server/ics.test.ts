import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { toIcs } from "./ics";

describe("iCalendar output", () => {
  it("parses with ical.js, keeping times, CJK text and escaped punctuation", () => {
    const ics = toIcs(
      [
        {
          uid: "s1@accord",
          start: new Date("2023-04-26T01:00:00Z"),
          end: new Date("2023-04-26T03:00:00Z"),
          summary: "한미 과학기술공동위원회; session, 2023",
          description: "Agenda:\n1. AI semiconductors\n2. 量子人才交流".repeat(5),
          location: "Seoul",
          updated: new Date("2026-11-23T00:00:00Z"),
        },
        {
          uid: "f1@accord",
          start: new Date("2026-12-31T00:00:00Z"),
          allDay: true,
          summary: "Due: exchange researchers",
          updated: new Date("2026-11-23T00:00:00Z"),
        },
      ],
      "Accord",
    );
    expect(ics.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events[0].summary).toBe("한미 과학기술공동위원회; session, 2023");
    expect(events[0].startDate.toJSDate().toISOString()).toBe("2023-04-26T01:00:00.000Z");
    expect(events[0].description).toContain("2. 量子人才交流");
    expect(events[1].startDate.isDate).toBe(true);
    expect(events[1].startDate.toString()).toBe("2026-12-31");
  });
});
