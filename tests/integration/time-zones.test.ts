// Every person reads times in their own zone: a session at 09:00 in Seoul is the evening before
// for a reader in New York, in their email, inbox sentence and digest, with each side's home
// time; the zone itself is validated, stored under one name, and audited; CSV names its zone.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setTimeZoneSchema } from "@/lib/account/schemas";
import { setMyTimeZone } from "@/lib/account/service";
import { briefsToCsv, type ExportedBrief } from "@/lib/briefs/export";
import { sessionSchema } from "@/lib/committees/schemas";
import { createSession } from "@/lib/committees/sessions";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { describeNotification, NOTIFICATION_INCLUDE } from "@/lib/notifications/describe";
import { sendDailyDigests } from "@/lib/notifications/digest";
import { translatorFor } from "@/lib/notifications/email";
import { fanOutPending } from "@/lib/notifications/fanout";
import { setPreferences } from "@/lib/notifications/preferences";
import { DEFAULT_CHANNEL } from "@/lib/notifications/topics";
import { db } from "@/lib/server/db";
import { loadActiveActor } from "@/lib/server/load-actor";
import { clock, isoDateFromToday } from "@/lib/time/clock";
import { type CommitteeWorld, makeCommitteeWorld } from "../helpers/committee-world";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

const SEOUL = "Asia/Seoul";
const NEW_YORK = "America/New_York";
let w: CommitteeWorld;
let emailOf: (id: string) => Promise<string>;

beforeAll(async () => {
  w = await makeCommitteeWorld();
  // The world's institutions are all Korean by default: the US side's is in the US here.
  await db().institution.update({ where: { id: w.us }, data: { countryCode: "US" } });
  await db().user.update({ where: { id: w.american.id }, data: { timeZone: NEW_YORK } });
  await db().user.update({ where: { id: w.korean.id }, data: { timeZone: SEOUL } });
  emailOf = async (id) => (await db().user.findUniqueOrThrow({ where: { id } })).email;
});

beforeEach(async () => {
  await db().notificationPreference.deleteMany({});
  await db().emailOutbox.deleteMany({});
});

const allTopics = (channel: NotificationChannel) =>
  Object.fromEntries(Object.keys(DEFAULT_CHANNEL).map((topic) => [topic, channel])) as Record<
    keyof typeof DEFAULT_CHANNEL,
    NotificationChannel
  >;

// Written with Intl here, not with the code under test.
const sessionTime = (at: Date, timeZone: string) =>
  `${new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone }).format(at)} (${timeZone})`;
const clockIn = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(at);
const dayIn = (at: Date, timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(at);

async function planSessionInSeoul(title: string) {
  const day = isoDateFromToday(45);
  const session = await createSession(
    w.manager,
    sessionSchema.parse({
      committeeId: w.committeeId,
      title,
      startsAt: `${day}T09:00`,
      endsAt: `${day}T11:00`,
      timeZone: SEOUL,
    }),
  );
  return { session, day };
}

describe("time-zone formatting across the date line", () => {
  it("a session at 09:00 in Asia/Seoul reaches a reader in America/New_York on the day before, with each side's home time", async () => {
    await setPreferences(w.american, { ...allTopics("DIGEST"), SESSIONS: "EMAIL" });
    await setPreferences(w.korean, { ...allTopics("DIGEST"), SESSIONS: "EMAIL" });
    const { session, day } = await planSessionInSeoul("Seoul plenary across the date line");
    await fanOutPending();
    const at = session.startsAt;
    expect(dayIn(at, SEOUL)).toBe(day);
    expect(dayIn(at, NEW_YORK) < day).toBe(true); // the previous calendar day in New York

    const [toAmerican] = await db().emailOutbox.findMany({ where: { to: await emailOf(w.american.id) } });
    expect(toAmerican.text).toContain(sessionTime(at, NEW_YORK));
    expect(toAmerican.text).not.toContain(sessionTime(at, SEOUL));
    // The recipient's home first; Seoul is "the day after" from New York.
    expect(toAmerican.text).toContain(
      `At each side's home: ${clockIn(at, NEW_YORK)} Washington · 09:00 Seoul, the day after`,
    );
    expect(toAmerican.html).toContain(`${clockIn(at, NEW_YORK)} Washington · 09:00 Seoul, the day after`);

    const [toKorean] = await db().emailOutbox.findMany({ where: { to: await emailOf(w.korean.id) } });
    expect(toKorean.text).toContain(sessionTime(at, SEOUL));
    expect(toKorean.text).toContain(
      `At each side's home: 09:00 Seoul · ${clockIn(at, NEW_YORK)} Washington, the day before`,
    );
  });

  it("the inbox sentence is in the reader's zone, and in UTC, named, for a reader who has not chosen one", async () => {
    const { session } = await planSessionInSeoul("Seoul plenary in the inbox");
    await fanOutPending();
    const row = await db().notification.findFirstOrThrow({
      where: { userId: w.american.id, sessionId: session.id },
      include: NOTIFICATION_INCLUDE,
    });
    const { t, locale } = translatorFor("en");
    expect(describeNotification(row, t, locale, NEW_YORK).text).toContain(sessionTime(session.startsAt, NEW_YORK));
    expect(describeNotification(row, t, locale, null).text).toContain(sessionTime(session.startsAt, "UTC"));
    const zh = translatorFor("zh");
    expect(describeNotification(row, zh.t, zh.locale, NEW_YORK).text).toContain(`(${NEW_YORK})`);
  });

  it("the daily digest writes the session time in each recipient's zone", async () => {
    const { session } = await planSessionInSeoul("Seoul plenary in the digest");
    await fanOutPending();
    await db().$transaction((tx) => sendDailyDigests(tx, clock.now()));
    const [digest] = await db().emailOutbox.findMany({ where: { to: await emailOf(w.american.id) } });
    expect(digest.text).toContain(sessionTime(session.startsAt, NEW_YORK));
  });
});

describe("a person's time zone", () => {
  it("is one of the IANA zones, stored under one name, and every change is audited", async () => {
    expect(setTimeZoneSchema.safeParse({ timeZone: "Mars/Olympus_Mons" }).error?.issues[0].message).toBe(
      "unknown_time_zone",
    );
    const input = setTimeZoneSchema.parse({ timeZone: "US/Eastern" });
    expect(input.timeZone).toBe(NEW_YORK);

    await setMyTimeZone(w.usViewer, input);
    await setMyTimeZone(w.usViewer, input); // no change, no second audit event
    await setMyTimeZone(w.usViewer, setTimeZoneSchema.parse({ timeZone: "Asia/Tokyo" }));
    const actor = await loadActiveActor(w.usViewer.id);
    expect(actor?.timeZone).toBe("Asia/Tokyo");
    const events = await db().auditEvent.findMany({
      where: { actorId: w.usViewer.id, action: "user.time_zone_change" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.metadata)).toEqual([
      { from: null, to: NEW_YORK },
      { from: NEW_YORK, to: "Asia/Tokyo" },
    ]);
  });

  it("CSV exports write times in the exporting person's zone and name it in the header", () => {
    const publishedAt = new Date(`${isoDateFromToday(-3)}T23:30:00Z`);
    const brief = { id: "b1", title: "A brief", countries: [], areas: [], sources: [] } as unknown as ExportedBrief;
    const csv = briefsToCsv([{ ...brief, publishedAt: publishedAt.toISOString() }], SEOUL);
    const [header, row] = csv.replace("\uFEFF", "").split(/\r?\n/);
    expect(header).toContain(`publishedAt (${SEOUL})`);
    expect(row).toContain(`${dayIn(publishedAt, SEOUL)} ${clockIn(publishedAt, SEOUL)}`);
    expect(briefsToCsv([{ ...brief, publishedAt: null }], null)).toContain("publishedAt (UTC)");
  });
});
