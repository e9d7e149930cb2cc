// Chasers (lib/notifications/chasers.ts) and the nudge (lib/followups/nudge.ts): each fires when
// due, not before, and not twice (a rerun, two runs at once), reaches only people who may read
// the committee, and the nudge is limited to one a day per follow-up and audited. The clock is
// moved with setClockForTests; every date is placed relative to today.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proposeAgendaItem, setAgendaItemStatus } from "@/lib/committees/agenda-items";
import { approveMinutes, saveMinutesText, setMinutesStatus, startMinutes } from "@/lib/committees/minutes";
import { committeeRemindersSchema } from "@/lib/committees/schemas";
import { updateCommitteeReminders } from "@/lib/committees/service";
import {
  addAgendaEntry,
  createSession,
  rescheduleSession,
  setSessionStatus,
  updateAgendaEntry,
} from "@/lib/committees/sessions";
import { nudgeAssignees } from "@/lib/followups/nudge";
import { createFollowUp, setFollowUpStatus } from "@/lib/followups/service";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { runChasers } from "@/lib/notifications/chasers";
import { describeNotification, NOTIFICATION_INCLUDE } from "@/lib/notifications/describe";
import { translatorFor } from "@/lib/notifications/email";
import { fanOutPending } from "@/lib/notifications/fanout";
import { db } from "@/lib/server/db";
import { clock, DAY_MS, isoDateFromToday, setClockForTests } from "@/lib/time/clock";
import { type CommitteeWorld, makeCommitteeWorld } from "../helpers/committee-world";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

const HOUR = 3_600_000;
const CHASER_KINDS: NotificationKind[] = [
  "SESSION_PACK_READY",
  "SESSION_AGENDA_INCOMPLETE",
  "MINUTES_APPROVAL_REMINDER",
  "FOLLOWUP_NUDGED",
];

// Today as the file starts, before any test moves the clock: sessions are placed from it.
const t0 = clock.now();
let w: CommitteeWorld;
let names: Map<string, string>;
let marker = "";

/** Inbox rows of chaser kinds written since the last call (for one session, if given), as "name kind". */
async function newlyTold(sessionId?: string): Promise<string[]> {
  const rows = await db().notification.findMany({
    where: { id: { gt: marker }, kind: { in: CHASER_KINDS }, ...(sessionId ? { sessionId } : {}) },
    select: { userId: true, kind: true },
  });
  const last = await db().notification.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  marker = last?.id ?? marker;
  return rows.map((r) => `${names.get(r.userId) ?? r.userId} ${r.kind}`).sort();
}

/** Runs the chasers at `at` (clock set there) and fans out; returns who was newly told. */
async function chaseAt(at: Date, sessionId?: string): Promise<string[]> {
  setClockForTests(at);
  await runChasers(at);
  await fanOutPending();
  return newlyTold(sessionId);
}

const told = (kind: NotificationKind, ...people: string[]) => people.map((p) => `${p} ${kind}`).sort();
const PARTICIPANTS = ["american", "korean", "manager", "usManager", "usViewer"];
const MANAGERS = ["manager", "usManager"];

async function plan(title: string, days: number, zone = "UTC") {
  const date = isoDateFromToday(days, t0);
  return createSession(w.manager, {
    committeeId: w.committeeId,
    title,
    startsAt: `${date}T10:00`,
    endsAt: `${date}T12:00`,
    timeZone: zone,
    place: "",
    onlineUrl: "",
  });
}

async function adoptedItem(title: string) {
  const item = await proposeAgendaItem(w.korean, {
    committeeId: w.committeeId,
    title,
    description: "",
    proposingSideId: "",
    technologyAreaId: "",
  });
  await setAgendaItemStatus(w.manager, { agendaItemId: item.id, version: item.version, status: "ADOPTED" });
  return item.id;
}

beforeAll(async () => {
  w = await makeCommitteeWorld();
  names = new Map(
    Object.entries(w)
      .filter((e): e is [string, { id: string }] => typeof e[1] === "object" && e[1] !== null && "id" in e[1])
      .map(([name, actor]) => [actor.id, name]),
  );
  // Former co-chairs of the US side: one left the workspace, one was deactivated. Neither may be told.
  const usSide = await db().committeeSide.findFirstOrThrow({ where: { committeeId: w.committeeId, position: 1 } });
  await db().committeeCoChair.createMany({
    data: [w.usOutsider, w.deactivated].map((u) => ({ committeeId: w.committeeId, userId: u.id, sideId: usSide.id })),
  });
});

afterAll(() => setClockForTests(null));

describe("pre-session pack and the secretariat's agenda reminder", () => {
  let sessionId: string;
  let startsAt: Date;

  beforeAll(async () => {
    const session = await plan("Fifteenth session", 20);
    sessionId = session.id;
    startsAt = session.startsAt;
    await addAgendaEntry(w.manager, {
      sessionId,
      agendaItemId: await adoptedItem("Quantum talent exchange"),
      durationMinutes: 0,
      presenter: "",
    });
    await addAgendaEntry(w.manager, {
      sessionId,
      agendaItemId: await adoptedItem("Semiconductor testbeds"),
      durationMinutes: 30,
      presenter: "",
    });
    await addAgendaEntry(w.manager, {
      sessionId,
      agendaItemId: await adoptedItem("Joint call for proposals"),
      durationMinutes: 20,
      presenter: "Korea",
    });
    await newlyTold();
  });

  const beforeStart = (ms: number) => new Date(startsAt.getTime() - ms);

  it("is not sent before the window opens (7 days by default)", async () => {
    expect(await chaseAt(beforeStart(7 * DAY_MS + HOUR), sessionId)).toEqual([]);
  });

  it("tells the participants the pack is ready and the managers which entries lack a presenter or time", async () => {
    expect(await chaseAt(beforeStart(7 * DAY_MS - HOUR), sessionId)).toEqual(
      [...told("SESSION_AGENDA_INCOMPLETE", ...MANAGERS), ...told("SESSION_PACK_READY", ...PARTICIPANTS)].sort(),
    );
    const reminder = await db().notification.findFirstOrThrow({
      where: { sessionId, kind: "SESSION_AGENDA_INCOMPLETE", userId: w.manager.id },
      include: NOTIFICATION_INCLUDE,
    });
    const { t, locale } = translatorFor("en");
    const { text } = describeNotification(reminder, t, locale);
    expect(text).toContain("2 agenda entries of “Fifteenth session”");
    expect(text).toContain("Quantum talent exchange (presenter, time); Semiconductor testbeds (presenter)");
    const pack = await db().notification.findFirstOrThrow({
      where: { sessionId, kind: "SESSION_PACK_READY", userId: w.korean.id },
      include: NOTIFICATION_INCLUDE,
    });
    expect(describeNotification(pack, t, locale).href).toBe(`/sessions/${sessionId}/pack`);
  });

  it("is not sent twice: a rerun, a later run the same day, two runs at once", async () => {
    expect(await chaseAt(beforeStart(7 * DAY_MS - HOUR), sessionId)).toEqual([]);
    expect(await chaseAt(beforeStart(7 * DAY_MS - 2 * HOUR), sessionId)).toEqual([]);
    const nextDay = beforeStart(6 * DAY_MS - HOUR);
    setClockForTests(nextDay);
    await Promise.all([runChasers(nextDay), runChasers(nextDay)]);
    await fanOutPending();
    // The next day the secretariat is reminded again, once; the pack is not sent again.
    expect(await newlyTold(sessionId)).toEqual(told("SESSION_AGENDA_INCOMPLETE", ...MANAGERS));
    expect(await chaseAt(nextDay, sessionId)).toEqual([]);
  });

  it("a move inside the window sends nothing new; a move out and back in sends the pack again", async () => {
    const move = async (at: Date, days: number, hour: string) => {
      setClockForTests(at);
      const s = await db().session.findUniqueOrThrow({ where: { id: sessionId } });
      const date = isoDateFromToday(days, t0);
      await rescheduleSession(w.manager, {
        sessionId,
        version: s.version,
        title: s.title,
        startsAt: `${date}T${hour}`,
        endsAt: `${date}T23:00`,
        timeZone: "UTC",
        place: "",
        onlineUrl: "",
      });
    };
    const at = beforeStart(6 * DAY_MS - 2 * HOUR);
    await move(at, 20, "11:00");
    expect(await chaseAt(at, sessionId)).toEqual([]);
    await move(at, 40, "10:00");
    expect(await chaseAt(at, sessionId)).toEqual([]);
    await move(at, 20, "10:00");
    expect(await chaseAt(at, sessionId)).toEqual(told("SESSION_PACK_READY", ...PARTICIPANTS));
  });

  it("stops reminding the secretariat once every entry has a presenter and a time", async () => {
    for (const entry of await db().agendaEntry.findMany({ where: { sessionId } })) {
      await updateAgendaEntry(w.manager, { sessionId, entryId: entry.id, durationMinutes: 15, presenter: "Korea" });
    }
    expect(await chaseAt(beforeStart(5 * DAY_MS - HOUR), sessionId)).toEqual([]);
  });

  it("follows the committee's setting, which only its managers change, within 1 to 60 days", async () => {
    const later = await plan("Sixteenth session", 40);
    const at = new Date(later.startsAt.getTime() - 10 * DAY_MS - HOUR);
    expect(await chaseAt(at, later.id)).toEqual([]);
    await expect(
      updateCommitteeReminders(w.korean, { committeeId: w.committeeId, packDaysBefore: 14, approvalReminderDays: 5 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const days of ["0", "61", "1.5", "soon"])
      expect(
        committeeRemindersSchema.safeParse({
          committeeId: w.committeeId,
          packDaysBefore: days,
          approvalReminderDays: 5,
        }).success,
      ).toBe(false);
    const input = committeeRemindersSchema.parse({
      committeeId: w.committeeId,
      packDaysBefore: "14",
      approvalReminderDays: "5",
    });
    await updateCommitteeReminders(w.manager, input);
    expect(await chaseAt(at, later.id)).toEqual(told("SESSION_PACK_READY", ...PARTICIPANTS));
    expect(await db().auditEvent.count({ where: { action: "committee.update", targetId: w.committeeId } })).toBe(1);
    await updateCommitteeReminders(w.manager, { ...input, packDaysBefore: 7 });
  });
});

describe("minutes approval reminder", () => {
  let minutesId: string;
  let circulated: Date;

  beforeAll(async () => {
    setClockForTests(null);
    const session = await plan("Held session", 1);
    await setSessionStatus(w.manager, { sessionId: session.id, version: session.version, status: "IN_SESSION" });
    const minutes = await startMinutes(w.manager, { sessionId: session.id });
    const saved = await saveMinutesText(w.manager, {
      minutesId: minutes.id,
      lockVersion: minutes.lockVersion,
      text: "Agreed.",
    });
    circulated = clock.now();
    setClockForTests(circulated);
    await setMinutesStatus(w.manager, { minutesId: minutes.id, lockVersion: saved.lockVersion, status: "CIRCULATED" });
    await approveMinutes(w.manager, { minutesId: minutes.id });
    minutesId = minutes.id;
    await fanOutPending();
    await newlyTold();
  });

  const sinceCirculation = (ms: number) => new Date(circulated.getTime() + ms);

  it("is not sent before 5 days (the default) have passed", async () => {
    expect(await chaseAt(sinceCirculation(5 * DAY_MS - HOUR))).toEqual([]);
  });

  it("reminds the co-chairs of the side that has not approved, never a former co-chair outside the workspace", async () => {
    const outbox = await db().emailOutbox.count();
    expect(await chaseAt(sinceCirculation(5 * DAY_MS + HOUR))).toEqual(told("MINUTES_APPROVAL_REMINDER", "american"));
    // Approval requests come by email at once by default, with the side and the days waited.
    const email = await db().emailOutbox.findFirstOrThrow({ where: { to: w.american.email }, orderBy: { id: "desc" } });
    expect(await db().emailOutbox.count()).toBe(outbox + 1);
    expect(email.text).toContain("were circulated 5 days ago and still wait for the approval of United States");
    expect(email.text).toContain("?focus=minutes");
  });

  it("is not repeated within the period, then again every 5 days until approved", async () => {
    expect(await chaseAt(sinceCirculation(5 * DAY_MS + 2 * HOUR))).toEqual([]);
    expect(await chaseAt(sinceCirculation(10 * DAY_MS - HOUR))).toEqual([]);
    expect(await chaseAt(sinceCirculation(10 * DAY_MS + HOUR))).toEqual(told("MINUTES_APPROVAL_REMINDER", "american"));
    await approveMinutes(w.american, { minutesId });
    expect(await chaseAt(sinceCirculation(15 * DAY_MS + HOUR))).toEqual([]);
  });
});

describe("nudge assignees", () => {
  let followUpId: string;

  beforeAll(async () => {
    setClockForTests(null);
    const created = await createFollowUp(w.manager, {
      committeeId: w.committeeId,
      agendaItemId: "",
      decisionId: "",
      feedbackId: "",
      title: "Draft the researcher exchange MoU",
      description: "",
      dueDate: isoDateFromToday(20),
      priority: "HIGH",
      leads: [w.us],
      assignees: [w.american.id, w.korean.id, w.usViewer.id],
    });
    followUpId = created.id;
    // The American turned reminders off, the Korean keeps them in the inbox; the viewer has the default (digest).
    await db().notificationPreference.createMany({
      data: [
        { userId: w.american.id, topic: "REMINDERS", channel: "OFF" },
        { userId: w.korean.id, topic: "REMINDERS", channel: "IN_APP" },
      ],
    });
    await fanOutPending();
    await newlyTold();
  });

  it("only a manager of the committee's workspace may nudge", async () => {
    await expect(nudgeAssignees(w.korean, { followUpId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(nudgeAssignees(w.stranger, { followUpId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("tells the assignees and emails them at once (unless they turned reminders off), audited", async () => {
    const outbox = await db().emailOutbox.count();
    await nudgeAssignees(w.usManager, { followUpId });
    await fanOutPending();
    expect(await newlyTold()).toEqual(told("FOLLOWUP_NUDGED", "korean", "usViewer"));
    const emails = await db().emailOutbox.findMany({ where: {}, orderBy: { id: "asc" }, skip: outbox });
    expect(emails.map((e) => e.to).sort()).toEqual([w.korean.email, w.usViewer.email].sort());
    expect(emails[0]?.text).toContain(`${w.usManager.name} asks for news on “Draft the researcher exchange MoU”`);
    const audit = await db().auditEvent.findMany({ where: { action: "followup.nudge", targetId: followUpId } });
    expect(audit.map((a) => a.actorId)).toEqual([w.usManager.id]);
  });

  it("is refused a second time the same day, by whoever asks, and then allowed the next day", async () => {
    await expect(nudgeAssignees(w.manager, { followUpId })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "nudged_today",
    });
    const tomorrow = new Date(clock.ms() + DAY_MS);
    setClockForTests(tomorrow);
    const both = await Promise.allSettled([
      nudgeAssignees(w.manager, { followUpId }),
      nudgeAssignees(w.usManager, { followUpId }),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(both.find((r) => r.status === "rejected")).toMatchObject({ reason: { message: "nudged_today" } });
    await fanOutPending();
    expect((await newlyTold()).length).toBe(2);
    expect(await db().auditEvent.count({ where: { action: "followup.nudge", targetId: followUpId } })).toBe(2);
    expect(await db().notificationEvent.count({ where: { followUpId, kind: "FOLLOWUP_NUDGED" } })).toBe(2);
  });

  it("a closed follow-up is not nudged", async () => {
    const f = await db().followUp.findUniqueOrThrow({ where: { id: followUpId } });
    await setFollowUpStatus(w.manager, { followUpId, version: f.version, status: "CANCELLED" });
    setClockForTests(new Date(clock.ms() + DAY_MS));
    await expect(nudgeAssignees(w.manager, { followUpId })).rejects.toMatchObject({ message: "nudge_closed" });
  });
});
