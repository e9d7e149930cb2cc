import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { dateFromIso, isoDateFromToday } from "@/lib/time/clock";
import { mailbox, sessionUid, toIcs, toInvitation } from "./ics";

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

describe("iCalendar invitations", () => {
  // A session a month from now, 10:00–12:00 Seoul (01:00–03:00 UTC), told about yesterday.
  const start = new Date(dateFromIso(isoDateFromToday(30)).getTime() + 3_600_000);
  const event = {
    uid: sessionUid("s1", "https://accord.example.org/"),
    start,
    end: new Date(start.getTime() + 2 * 3_600_000),
    summary: "Joint Committee: 9th session",
    location: "Seoul, Room 3; east wing",
    url: "https://accord.example.org/sessions/s1",
    updated: dateFromIso(isoDateFromToday(-1)),
    organizer: mailbox("Accord <no-reply@accord.example.org>"),
    attendees: [{ email: "kim@kistep.example", name: 'Kim, Min-ji "MJ"' }],
  };

  it("writes a REQUEST and a CANCEL for the same UID that ical.js reads back", () => {
    const request = toInvitation({ ...event, sequence: 1, status: "CONFIRMED" }, "REQUEST");
    const cancel = toInvitation({ ...event, sequence: 2, status: "CANCELLED" }, "CANCEL");
    expect(request.endsWith("\r\n")).toBe(true);
    expect(request.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const parsed = [request, cancel].map((ics) => new ICAL.Component(ICAL.parse(ics)));
    expect(parsed.map((c) => c.getFirstPropertyValue("method"))).toEqual(["REQUEST", "CANCEL"]);
    const [a, b] = parsed.map((c) => c.getFirstSubcomponent("vevent")!);
    expect(a.getFirstPropertyValue("uid")).toBe("session-s1@accord.example.org");
    expect(b.getFirstPropertyValue("uid")).toBe(a.getFirstPropertyValue("uid"));
    expect([a, b].map((v) => v.getFirstPropertyValue("sequence"))).toEqual([1, 2]);
    expect(b.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(a.getFirstPropertyValue("location")).toBe("Seoul, Room 3; east wing");
    expect(a.getFirstPropertyValue("organizer")).toBe("mailto:no-reply@accord.example.org");
    const attendee = a.getFirstProperty("attendee")!;
    expect(attendee.getFirstValue()).toBe("mailto:kim@kistep.example");
    expect(attendee.getParameter("cn")).toBe("Kim, Min-ji MJ");
    expect(new ICAL.Event(a).startDate.toJSDate().toISOString()).toBe(start.toISOString());
  });

  it("reads the organizer from the from-address", () => {
    expect(mailbox("Accord <no-reply@localhost>")).toEqual({ name: "Accord", email: "no-reply@localhost" });
    expect(mailbox('"Accord, KISTEP" <a@b.example>')).toEqual({ name: "Accord, KISTEP", email: "a@b.example" });
    expect(mailbox("a@b.example")).toEqual({ email: "a@b.example" });
  });
});
