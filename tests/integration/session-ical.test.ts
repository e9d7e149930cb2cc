// Session emails carry a calendar invitation that calendar programs apply to one event: plan →
// move → cancel gives REQUEST, REQUEST, CANCEL under the same UID with a rising SEQUENCE, parsed
// here with ical.js as a mail client would. The digest carries none.
import ICAL from "ical.js";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSession, rescheduleSession, setSessionStatus } from "@/lib/committees/sessions";
import { icalEventOf } from "@/lib/email/sender";
import { runDailyDigest } from "@/lib/notifications/digest";
import { fanOutPending } from "@/lib/notifications/fanout";
import { getPreferences, setPreferences } from "@/lib/notifications/preferences";
import { db } from "@/lib/server/db";
import { serverEnv } from "@/lib/server/env";
import { mailbox } from "@/lib/server/ics";
import { clock, isoDateFromToday } from "@/lib/time/clock";
import { zonedToUtc } from "@/lib/time/zones";
import { type CommitteeWorld, makeCommitteeWorld } from "../helpers/committee-world";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let w: CommitteeWorld;
const local = (days: number, time: string) => `${isoDateFromToday(days)}T${time}`;

beforeAll(async () => {
  w = await makeCommitteeWorld();
});

beforeEach(async () => {
  await db().notificationPreference.deleteMany({});
  await db().emailOutbox.deleteMany({});
  // The Korean member wants session news by email at once; the US member keeps the defaults
  // (digest), the US viewer turned session news off.
  await setPreferences(w.korean, { ...(await getPreferences(w.korean)), SESSIONS: "EMAIL" });
  await setPreferences(w.usViewer, { ...(await getPreferences(w.usViewer)), SESSIONS: "OFF" });
});

const plan = () =>
  createSession(w.manager, {
    committeeId: w.committeeId,
    title: "Fourteenth session; plenary, day 1",
    startsAt: local(30, "10:00"),
    endsAt: local(30, "12:00"),
    timeZone: "Asia/Seoul",
    place: "Sejong",
    onlineUrl: "",
  });

const move = (s: { id: string; version: number; title: string }) =>
  rescheduleSession(w.manager, {
    sessionId: s.id,
    version: s.version,
    title: s.title,
    startsAt: local(31, "09:00"),
    endsAt: local(31, "11:30"),
    timeZone: "America/New_York",
    place: "Washington, DC",
    onlineUrl: "",
  });

const cancel = (s: { id: string; version: number }) =>
  setSessionStatus(w.manager, { sessionId: s.id, version: s.version, status: "CANCELLED" });

/** The invitations a mailbox (by default the Korean member's) received, oldest first, parsed. */
async function invitations(email?: string) {
  const to = email ?? (await db().user.findUniqueOrThrow({ where: { id: w.korean.id } })).email;
  const mails = await db().emailOutbox.findMany({ where: { to }, orderBy: { id: "asc" } });
  return mails.map((mail) => {
    const sent = icalEventOf(mail.calendar);
    expect(sent, mail.subject).toBeDefined();
    const calendar = new ICAL.Component(ICAL.parse(sent!.content));
    const vevent = calendar.getFirstSubcomponent("vevent")!;
    const event = new ICAL.Event(vevent);
    return {
      mail,
      nodemailerMethod: sent!.method,
      method: calendar.getFirstPropertyValue("method"),
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      status: vevent.getFirstPropertyValue("status"),
      location: event.location,
      summary: event.summary,
      organizer: vevent.getFirstPropertyValue("organizer"),
      attendees: vevent.getAllProperties("attendee").map((p) => p.getFirstValue()),
      raw: sent!.content,
    };
  });
}

describe("iCalendar invitations in session emails", () => {
  it("plan → move → cancel: REQUEST, REQUEST, CANCEL for one UID with a rising SEQUENCE", async () => {
    const planned = await plan();
    await fanOutPending();
    const moved = await move(planned);
    await fanOutPending();
    await cancel(moved);
    await fanOutPending();

    const got = await invitations();
    expect(got.map((i) => i.method)).toEqual(["REQUEST", "REQUEST", "CANCEL"]);
    expect(got.map((i) => i.nodemailerMethod)).toEqual(["REQUEST", "REQUEST", "CANCEL"]);
    expect(new Set(got.map((i) => i.uid))).toEqual(new Set([`session-${planned.id}@accord.test`]));
    const sequences = got.map((i) => i.sequence);
    expect(sequences[1]).toBeGreaterThan(sequences[0]);
    expect(sequences[2]).toBeGreaterThan(sequences[1]);

    // Times are instants (UTC), wherever the session takes place.
    expect(got[0].start).toBe(zonedToUtc(local(30, "10:00"), "Asia/Seoul").toISOString());
    expect(got[0].end).toBe(zonedToUtc(local(30, "12:00"), "Asia/Seoul").toISOString());
    expect(got[0].location).toBe("Sejong");
    expect(got[1].start).toBe(zonedToUtc(local(31, "09:00"), "America/New_York").toISOString());
    expect(got[1].end).toBe(zonedToUtc(local(31, "11:30"), "America/New_York").toISOString());
    expect(got[1].location).toBe("Washington, DC");
    expect(got.map((i) => i.status)).toEqual(["CONFIRMED", "CONFIRMED", "CANCELLED"]);

    // Escaped text comes back whole; organizer is the app's sender, attendee the recipient.
    expect(got[0].summary).toBe("Joint Committee on S&T Cooperation: Fourteenth session; plenary, day 1");
    const korean = await db().user.findUniqueOrThrow({ where: { id: w.korean.id } });
    for (const i of got) {
      expect(i.organizer).toBe(`mailto:${mailbox(serverEnv().MAIL_FROM).email}`);
      expect(i.attendees).toEqual([`mailto:${korean.email}`]);
      expect(i.raw.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
      expect(i.raw).not.toMatch(/[^\r]\n/);
    }

    // The manager made the changes (not told). Invitations do not wait for the digest: the US
    // member, whose session news goes to the digest, gets all three at once; the viewer who
    // turned session news off gets none.
    const manager = await db().user.findUniqueOrThrow({ where: { id: w.manager.id } });
    expect(await db().emailOutbox.count({ where: { to: manager.email } })).toBe(0);
    const american = await db().user.findUniqueOrThrow({ where: { id: w.american.id } });
    expect((await invitations(american.email)).map((i) => i.method)).toEqual(["REQUEST", "REQUEST", "CANCEL"]);
    const viewer = await db().user.findUniqueOrThrow({ where: { id: w.usViewer.id } });
    expect(await db().emailOutbox.count({ where: { to: viewer.email } })).toBe(0);
  });

  it("a fan-out that runs late still sends each change's own SEQUENCE", async () => {
    const planned = await plan();
    const moved = await move(planned);
    await cancel(moved);
    await fanOutPending();
    const got = await invitations();
    expect(got.map((i) => i.method)).toEqual(["REQUEST", "REQUEST", "CANCEL"]);
    expect(got.map((i) => i.sequence)).toEqual([0, 1, 2]);
    expect(got[1].start).toBe(zonedToUtc(local(31, "09:00"), "America/New_York").toISOString());
  });

  it("an invitation does not wait for the daily digest, and the digest does not repeat it", async () => {
    await plan();
    await fanOutPending();
    const american = await db().user.findUniqueOrThrow({ where: { id: w.american.id } });
    expect((await invitations(american.email)).map((i) => i.method)).toEqual(["REQUEST"]);
    await db().systemState.deleteMany({ where: { key: "digest.daily.last_run" } });
    await runDailyDigest(new Date(clock.ms() + 60_000));
    const mails = await db().emailOutbox.findMany({ where: { to: american.email } });
    expect(mails).toHaveLength(1);
    expect(icalEventOf(mails[0].calendar)).toBeDefined();
  });
});
