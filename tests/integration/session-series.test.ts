// Session series (issue 12, item 3): a committee's cadence and agenda template, "plan the next
// session" from a held one (what it copies, what it refuses, who may), the home page's "next
// session due, not yet planned" line and the chaser step (once per stage, rerun-safe). Every
// date is placed relative to now; the clock is moved with setClockForTests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proposeAgendaItem, setAgendaItemStatus } from "@/lib/committees/agenda-items";
import {
  addStandingItem,
  moveStandingItem,
  planNextDraft,
  planNextSession,
  removeStandingItem,
  updateCadence,
  updateStandingItem,
} from "@/lib/committees/series";
import { nextDueAt } from "@/lib/committees/series-dates";
import { planNextSessionSchema } from "@/lib/committees/series-schemas";
import { addAgendaEntry, createSession, setSessionStatus } from "@/lib/committees/sessions";
import { managerHome } from "@/lib/home/service";
import { runChasers } from "@/lib/notifications/chasers";
import { describeNotification, NOTIFICATION_INCLUDE } from "@/lib/notifications/describe";
import { translatorFor } from "@/lib/notifications/email";
import { fanOutPending } from "@/lib/notifications/fanout";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { clock, DAY_MS, isoDateFromToday, setClockForTests } from "@/lib/time/clock";
import { minutesBetween, utcToZonedInput } from "@/lib/time/zones";
import { type CommitteeWorld, makeCommitteeWorld } from "../helpers/committee-world";
import { expectAppError } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

const ZONE = "Asia/Seoul";
const t0 = clock.now();
let w: CommitteeWorld;
let names: Map<string, string>;
let heldId: string;
let itemA: string; // adopted, on the held agenda (45 min, presenter): carried with its time
let itemB: string; // in progress, not on the held agenda: carried from the backlog
let itemC: string; // concluded at the held session: not carried
let itemD: string; // proposed only: not carried
let standing: { opening: string; review: string; aob: string };

async function item(actor: Actor, title: string) {
  return (
    await proposeAgendaItem(actor, {
      committeeId: w.committeeId,
      title,
      description: "",
      proposingSideId: "",
      technologyAreaId: "",
    })
  ).id;
}

async function setStatus(id: string, status: "ADOPTED" | "IN_PROGRESS" | "CONCLUDED") {
  const current = await db().agendaItem.findUniqueOrThrow({ where: { id } });
  await setAgendaItemStatus(w.manager, { agendaItemId: id, version: current.version, status });
}

async function hold(sessionId: string) {
  const s = await db().session.findUniqueOrThrow({ where: { id: sessionId } });
  await setSessionStatus(w.manager, { sessionId, version: s.version, status: "HELD" });
}

/** The plan form as the page proposes it, submitted through its schema. */
async function planFromDraft(actor: Actor, sessionId: string) {
  const draft = await planNextDraft(actor, sessionId);
  return planNextSession(
    actor,
    planNextSessionSchema.parse({
      heldSessionId: sessionId,
      title: draft.proposal.title ?? "Next session",
      startsAt: draft.proposal.startsAt,
      endsAt: draft.proposal.endsAt,
      timeZone: draft.proposal.timeZone,
      place: draft.proposal.place,
      onlineUrl: draft.proposal.onlineUrl,
    }),
  );
}

async function agendaOf(sessionId: string) {
  const entries = await db().agendaEntry.findMany({
    where: { sessionId },
    orderBy: { position: "asc" },
    include: { agendaItem: { select: { id: true, title: true, status: true, standingItemId: true } } },
  });
  return entries.map((e) => ({
    title: e.agendaItem.title,
    durationMinutes: e.durationMinutes,
    presenter: e.presenter,
  }));
}

let marker = "";
/** SERIES_SESSION_DUE inbox rows written since the last call, as "name stage". */
async function newlyTold(): Promise<string[]> {
  const rows = await db().notification.findMany({
    where: { id: { gt: marker }, kind: "SERIES_SESSION_DUE" },
    include: NOTIFICATION_INCLUDE,
  });
  const last = await db().notification.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  marker = last?.id ?? marker;
  return rows
    .map((r) => `${names.get(r.userId) ?? r.userId} ${(r.event?.payload as { stage?: string } | null)?.stage}`)
    .sort();
}

async function chaseAt(at: Date) {
  setClockForTests(at);
  const result = await runChasers(at);
  await fanOutPending();
  return { result, told: await newlyTold() };
}

beforeAll(async () => {
  w = await makeCommitteeWorld();
  names = new Map(
    Object.entries(w).flatMap(([key, v]) => (typeof v === "object" && v && "id" in v ? [[v.id, key]] : [])),
  );
  itemA = await item(w.manager, "AI data sharing");
  itemB = await item(w.korean, "Quantum talent exchange");
  itemC = await item(w.american, "Joint working group");
  itemD = await item(w.korean, "A proposal not yet adopted");
  await setStatus(itemA, "ADOPTED");
  await setStatus(itemB, "ADOPTED");
  await setStatus(itemB, "IN_PROGRESS");
  await setStatus(itemC, "ADOPTED");
  // The held session: ten months ago, 10:00–13:00 in Seoul, the 21st of the series.
  const day = isoDateFromToday(-300, t0);
  const held = await createSession(w.manager, {
    committeeId: w.committeeId,
    title: "21st Joint Committee",
    startsAt: `${day}T10:00`,
    endsAt: `${day}T13:00`,
    timeZone: ZONE,
    place: "Seoul, Lotte Hotel",
    onlineUrl: "https://meet.example.org/jc",
  });
  heldId = held.id;
  await addAgendaEntry(w.manager, {
    sessionId: heldId,
    agendaItemId: itemC,
    durationMinutes: 20,
    presenter: "US side",
  });
  await addAgendaEntry(w.manager, {
    sessionId: heldId,
    agendaItemId: itemA,
    durationMinutes: 45,
    presenter: "Korea side",
  });
  await hold(heldId);
  await setStatus(itemC, "CONCLUDED");
});

afterAll(() => setClockForTests(null));

describe("cadence and agenda template", () => {
  it("managers set the cadence; a stale form is refused; contributors may not", async () => {
    const before = await db().committee.findUniqueOrThrow({ where: { id: w.committeeId } });
    expect(before.cadence).toBe("NONE");
    await expectAppError(
      updateCadence(w.korean, { committeeId: w.committeeId, seriesVersion: before.seriesVersion, cadence: "YEARLY" }),
      "FORBIDDEN",
    );
    await expectAppError(
      updateCadence(w.stranger, { committeeId: w.committeeId, seriesVersion: before.seriesVersion, cadence: "YEARLY" }),
      "NOT_FOUND",
    );
    const saved = await updateCadence(w.manager, {
      committeeId: w.committeeId,
      seriesVersion: before.seriesVersion,
      cadence: "YEARLY",
    });
    expect(saved).toEqual({ cadence: "YEARLY", seriesVersion: before.seriesVersion + 1 });
    await expectAppError(
      updateCadence(w.usManager, {
        committeeId: w.committeeId,
        seriesVersion: before.seriesVersion,
        cadence: "MONTHLY",
      }),
      "CONFLICT",
      "stale_series",
    );
  });

  it("managers add, edit, reorder and remove standing items", async () => {
    const add = (title: string, durationMinutes: number, closing = false) =>
      addStandingItem(w.manager, { committeeId: w.committeeId, title, description: "", durationMinutes, closing });
    const review = await add("Review of open follow-ups", 30);
    const opening = await add("Opening and adoption of the agenda", 15);
    const aob = await add("Any other business", 10, true);
    const extra = await add("Temporary item", 5);
    standing = { opening: opening.id, review: review.id, aob: aob.id };
    await expectAppError(
      addStandingItem(w.korean, {
        committeeId: w.committeeId,
        title: "No",
        description: "",
        durationMinutes: 0,
        closing: false,
      }),
      "FORBIDDEN",
    );
    // Opening first: move it up; a move past the top does nothing.
    await moveStandingItem(w.manager, { committeeId: w.committeeId, standingItemId: opening.id, direction: "up" });
    await moveStandingItem(w.manager, { committeeId: w.committeeId, standingItemId: opening.id, direction: "up" });
    const order = async () =>
      (
        await db().committeeStandingItem.findMany({
          where: { committeeId: w.committeeId },
          orderBy: { position: "asc" },
        })
      ).map((s) => s.title);
    expect(await order()).toEqual([
      "Opening and adoption of the agenda",
      "Review of open follow-ups",
      "Any other business",
      "Temporary item",
    ]);
    const row = await db().committeeStandingItem.findUniqueOrThrow({ where: { id: review.id } });
    await updateStandingItem(w.manager, {
      committeeId: w.committeeId,
      standingItemId: review.id,
      version: row.version,
      title: "Review of open follow-ups",
      description: "Each side reports.",
      durationMinutes: 30,
      closing: false,
    });
    await expectAppError(
      updateStandingItem(w.manager, {
        committeeId: w.committeeId,
        standingItemId: review.id,
        version: row.version,
        title: "Stale",
        description: "",
        durationMinutes: 1,
        closing: false,
      }),
      "CONFLICT",
      "stale_standing_item",
    );
    const extraRow = await db().committeeStandingItem.findUniqueOrThrow({ where: { id: extra.id } });
    await removeStandingItem(w.manager, {
      committeeId: w.committeeId,
      standingItemId: extra.id,
      version: extraRow.version,
    });
    expect(await order()).toEqual([
      "Opening and adoption of the agenda",
      "Review of open follow-ups",
      "Any other business",
    ]);
  });
});

describe("next session due, not yet planned", () => {
  let due: Date;
  beforeAll(async () => {
    const held = await db().session.findUniqueOrThrow({ where: { id: heldId } });
    due = nextDueAt(held.startsAt, "YEARLY", ZONE)!;
  });
  const at = (daysFromDue: number) => new Date(due.getTime() + daysFromDue * DAY_MS);
  const homeAt = async (when: Date, actor = w.manager) => {
    setClockForTests(when);
    return (await managerHome(actor))?.seriesDue ?? null;
  };

  it("shows on a manager's home within 60 days of the due date, linking to the held session", async () => {
    expect(await homeAt(at(-61))).toEqual([]);
    const [line] = (await homeAt(at(-59)))!;
    expect(line).toMatchObject({ committeeId: w.committeeId, heldSessionId: heldId, overdue: false, days: 59 });
    expect((await homeAt(at(3)))![0]).toMatchObject({ overdue: true, days: -3 });
    // A contributor has no manager section.
    expect(await homeAt(at(3), w.korean)).toBeNull();
  });

  it("tells managers and co-chairs once 30 days before, once overdue; reruns tell nobody", async () => {
    marker = (await db().notification.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? "";
    expect((await chaseAt(at(-31))).told).toEqual([]);
    const soon = await chaseAt(at(-29));
    expect(soon.result?.series).toBe(1);
    expect(soon.told).toEqual(["american soon", "manager soon", "usManager soon"]);
    expect((await chaseAt(at(-29))).told).toEqual([]);
    expect((await chaseAt(at(-5))).told).toEqual([]);
    // Two runs at once record one event.
    setClockForTests(at(1));
    await Promise.all([runChasers(at(1)), runChasers(at(1))]);
    await fanOutPending();
    expect(await newlyTold()).toEqual(["american overdue", "manager overdue", "usManager overdue"]);
    expect((await chaseAt(at(2))).told).toEqual([]);
    // What it says and where it leads (the plan form).
    const n = await db().notification.findFirstOrThrow({
      where: { userId: w.manager.id, kind: "SERIES_SESSION_DUE" },
      include: NOTIFICATION_INCLUDE,
      orderBy: { id: "desc" },
    });
    const { t, locale } = translatorFor("en");
    const described = describeNotification(n, t, locale, "UTC");
    expect(described.href).toBe(`/sessions/${heldId}/plan-next`);
    expect(described.text).toContain("Joint Committee on S&T Cooperation");
    expect(described.text).toContain("was due");
  });
});

describe("plan the next session", () => {
  let nextId: string;

  it("404 outside the workspace, forbidden for contributors and viewers", async () => {
    await expectAppError(planNextDraft(w.stranger, heldId), "NOT_FOUND");
    await expectAppError(planNextDraft(w.korean, heldId), "FORBIDDEN");
    await expectAppError(planFromDraft(w.stranger, heldId), "NOT_FOUND");
    await expectAppError(
      planNextSession(
        w.american,
        planNextSessionSchema.parse({
          heldSessionId: heldId,
          title: "22nd Joint Committee",
          startsAt: `${isoDateFromToday(400)}T10:00`,
          endsAt: `${isoDateFromToday(400)}T12:00`,
          timeZone: ZONE,
        }),
      ),
      "FORBIDDEN",
    );
    await expectAppError(
      planNextSession(
        w.usViewer,
        planNextSessionSchema.parse({
          heldSessionId: heldId,
          title: "22nd Joint Committee",
          startsAt: `${isoDateFromToday(400)}T10:00`,
          endsAt: `${isoDateFromToday(400)}T12:00`,
          timeZone: ZONE,
        }),
      ),
      "FORBIDDEN",
    );
  });

  it("proposes the due date at the same local time, zone, duration, place and link, the ordinal bumped", async () => {
    const held = await db().session.findUniqueOrThrow({ where: { id: heldId } });
    const draft = await planNextDraft(w.manager, heldId);
    expect(draft.planned).toBeNull();
    expect(draft.proposal).toEqual({
      title: "22nd Joint Committee",
      startsAt: utcToZonedInput(nextDueAt(held.startsAt, "YEARLY", ZONE)!, ZONE),
      endsAt: `${utcToZonedInput(nextDueAt(held.startsAt, "YEARLY", ZONE)!, ZONE).slice(0, 10)}T13:00`,
      timeZone: ZONE,
      place: "Seoul, Lotte Hotel",
      onlineUrl: "https://meet.example.org/jc",
      durationMinutes: 180,
    });
    expect(draft.proposal.startsAt.slice(11)).toBe("10:00");
    expect(draft.carried.map((i) => i.title).sort()).toEqual(["AI data sharing", "Quantum talent exchange"]);
  });

  it("creates the session with the standing items, then the open items (held entries keep time and presenter)", async () => {
    // The held session's delegations: who attended, a contact, and a member since deactivated.
    const sides = await db().committeeSide.findMany({
      where: { committeeId: w.committeeId },
      orderBy: { position: "asc" },
    });
    const contact = await db().institutionContact.create({
      data: {
        institutionId: w.korea,
        name: "Park Ji-won",
        organisation: "MSIT",
        title: "Director",
        email: "park@msit.example",
      },
    });
    const seat = (sideId: string, person: { userId?: string; contactId?: string }, role: string) => ({
      sessionId: heldId,
      sideId,
      ...person,
      role,
      status: "ATTENDED" as const,
      addedById: w.manager.id,
    });
    await db().delegationMember.createMany({
      data: [
        seat(sides[0].id, { userId: w.manager.id }, "Head of delegation"),
        seat(sides[0].id, { contactId: contact.id }, "Adviser"),
        seat(sides[1].id, { userId: w.american.id }, "Head of delegation"),
        seat(sides[1].id, { userId: w.deactivated.id }, "Member"),
      ],
    });
    const planned = await planFromDraft(w.manager, heldId);
    nextId = planned.id;
    const next = await db().session.findUniqueOrThrow({ where: { id: nextId } });
    expect(next).toMatchObject({
      status: "PLANNED",
      title: "22nd Joint Committee",
      timeZone: ZONE,
      place: "Seoul, Lotte Hotel",
      onlineUrl: "https://meet.example.org/jc",
    });
    expect(minutesBetween(next.startsAt, next.endsAt)).toBe(180);
    expect(utcToZonedInput(next.startsAt, ZONE).slice(11)).toBe("10:00");
    expect(await agendaOf(nextId)).toEqual([
      { title: "Opening and adoption of the agenda", durationMinutes: 15, presenter: "" },
      { title: "Review of open follow-ups", durationMinutes: 30, presenter: "" },
      { title: "AI data sharing", durationMinutes: 45, presenter: "Korea side" },
      { title: "Quantum talent exchange", durationMinutes: 0, presenter: "" },
      { title: "Any other business", durationMinutes: 10, presenter: "" },
    ]);
    const made = await db().agendaItem.findMany({
      where: { committeeId: w.committeeId, standingItemId: { not: null } },
    });
    expect(made).toHaveLength(3);
    expect(made.every((i) => i.status === "ADOPTED")).toBe(true);
    expect(await db().agendaEntry.count({ where: { sessionId: nextId, agendaItemId: { in: [itemC, itemD] } } })).toBe(
      0,
    );
    // The delegations come along, everyone invited afresh with their role; the deactivated
    // member does not.
    const delegation = await db().delegationMember.findMany({
      where: { sessionId: nextId },
      orderBy: { createdAt: "asc" },
      select: { sideId: true, userId: true, contactId: true, role: true, status: true, invitedAt: true },
    });
    expect(delegation).toHaveLength(3);
    expect(delegation).toEqual(
      expect.arrayContaining([
        {
          sideId: sides[0].id,
          userId: w.manager.id,
          contactId: null,
          role: "Head of delegation",
          status: "INVITED",
          invitedAt: null,
        },
        {
          sideId: sides[0].id,
          userId: null,
          contactId: contact.id,
          role: "Adviser",
          status: "INVITED",
          invitedAt: null,
        },
        {
          sideId: sides[1].id,
          userId: w.american.id,
          contactId: null,
          role: "Head of delegation",
          status: "INVITED",
          invitedAt: null,
        },
      ]),
    );
    // Audited, and the participants hear of it like any planned session.
    expect(await db().auditEvent.count({ where: { action: "session.create", targetId: nextId } })).toBe(1);
    expect(await db().notificationEvent.count({ where: { sessionId: nextId, kind: "SESSION_PLANNED" } })).toBe(1);
  });

  it("refuses a second plan while one is planned, naming it; the due line and chaser are quiet", async () => {
    const error = await expectAppError(planFromDraft(w.manager, heldId), "CONFLICT", "next_session_planned");
    expect(error.details).toMatchObject({ sessionId: nextId });
    expect((await planNextDraft(w.manager, heldId)).planned?.id).toBe(nextId);
    const later = new Date(clock.ms() + 40 * DAY_MS);
    expect(
      await (async () => {
        setClockForTests(later);
        return (await managerHome(w.manager))!.seriesDue;
      })(),
    ).toEqual([]);
    expect((await chaseAt(later)).told).toEqual([]);
  });

  it("refuses to plan from a session that is not held", async () => {
    await expectAppError(planFromDraft(w.manager, nextId), "CONFLICT", "session_not_held");
  });

  it("reuses the standing items' agenda items on the next plan (no duplicates)", async () => {
    await hold(nextId);
    const third = await planFromDraft(w.manager, nextId);
    expect((await db().session.findUniqueOrThrow({ where: { id: third.id } })).title).toBe("23rd Joint Committee");
    expect(await db().agendaItem.count({ where: { committeeId: w.committeeId, standingItemId: { not: null } } })).toBe(
      3,
    );
    expect(await db().agendaItem.count({ where: { committeeId: w.committeeId, title: "Any other business" } })).toBe(1);
    expect((await agendaOf(third.id)).map((e) => e.title)).toEqual([
      "Opening and adoption of the agenda",
      "Review of open follow-ups",
      "AI data sharing",
      "Quantum talent exchange",
      "Any other business",
    ]);
    // The standing items' agenda items were reused: same ids on both agendas.
    const ids = async (sessionId: string) =>
      (await db().agendaEntry.findMany({ where: { sessionId, agendaItem: { standingItemId: { not: null } } } }))
        .map((e) => e.agendaItemId)
        .sort();
    expect(await ids(third.id)).toEqual(await ids(nextId));
    expect(standing.aob).toBeTruthy();
  });
});
