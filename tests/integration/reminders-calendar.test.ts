// Reminders (once per person, kind and day, even with two job runs at once), the weekly digest,
// and the private calendar feed (only what its owner may see; revocable).
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { createCalendarFeed, feedForToken, revokeCalendarFeed } from "@/lib/calendar/service";
import { committeeSchema } from "@/lib/committees/schemas";
import { createCommittee } from "@/lib/committees/service";
import { createSession } from "@/lib/committees/sessions";
import { runFollowUpReminders } from "@/lib/followups/reminders";
import { createFollowUp } from "@/lib/followups/service";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { DAY_MS, isoDateFromToday, today } from "@/lib/time/clock";
import { makeTenant, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let manager: Actor;
let assignee: Actor;
let leadColleague: Actor; // member of the lead institution, not assigned
let outsider: Actor;

// The jobs run as of the coming Monday (the weekly digest's day), whatever today is; due dates
// and the session are placed relative to it.
const daysToMonday = (8 - today().getUTCDay()) % 7 || 7;
const monday = new Date(today().getTime() + daysToMonday * DAY_MS);
const at = (day: Date, days: number, hour: number) => new Date(day.getTime() + days * DAY_MS + hour * 3_600_000);
const dueIn = (days: number) => isoDateFromToday(days, monday);

beforeAll(async () => {
  const kr = await makeTenant("KR");
  const us = await makeTenant("US");
  const other = await makeTenant("Other");
  manager = kr.admin;
  assignee = kr.member;
  leadColleague = us.member;
  outsider = other.admin;
  const ws = await makeWorkspace(manager, [
    [assignee, "CONTRIBUTOR"],
    [leadColleague, "CONTRIBUTOR"],
  ]);
  const committee = await createCommittee(
    manager,
    committeeSchema.parse({
      workspaceId: ws.id,
      name: "Reminder committee",
      kind: "DIALOGUE",
      countries: ["KR", "US"],
      side1Name: "Korea",
      side1Institutions: [kr.institution.id],
      side2Name: "US",
      side2Institutions: [us.institution.id],
    }),
  );
  await createSession(manager, {
    committeeId: committee.id,
    title: "Dialogue",
    startsAt: `${dueIn(8)}T10:00`,
    endsAt: `${dueIn(8)}T12:00`,
    timeZone: "Asia/Seoul",
    place: "Seoul",
    onlineUrl: "",
  });
  for (const [title, days] of [
    ["Due in a week", 7],
    ["Due tomorrow", 1],
    ["Overdue", -2],
    ["Later", 20],
  ] as const) {
    await createFollowUp(manager, {
      committeeId: committee.id,
      agendaItemId: "",
      decisionId: "",
      feedbackId: "",
      title,
      description: "",
      dueDate: dueIn(days),
      priority: "MEDIUM",
      leads: [us.institution.id],
      assignees: [assignee.id],
    });
  }
});

describe("reminders", () => {
  it("notifies assignees and the lead institution's members once per kind and day, however many runs", async () => {
    const [a, b] = await Promise.all([runFollowUpReminders(at(monday, 0, 6)), runFollowUpReminders(at(monday, 0, 6))]);
    await runFollowUpReminders(at(monday, 0, 18));
    const sent = (a?.reminders ?? 0) + (b?.reminders ?? 0);
    expect(sent).toBe(6); // 3 follow-ups × 2 people
    const byPerson = async (actor: Actor) =>
      (
        await db().notification.findMany({
          where: { userId: actor.id },
          include: { followUp: { select: { title: true } } },
        })
      )
        .map((n) => `${n.kind}:${n.followUp?.title}`)
        .sort();
    const expected = [
      "FOLLOWUP_DUE_SOON:Due in a week",
      "FOLLOWUP_DUE_TOMORROW:Due tomorrow",
      "FOLLOWUP_OVERDUE:Overdue",
    ];
    expect(await byPerson(assignee)).toEqual(expected);
    expect(await byPerson(leadColleague)).toEqual(expected);
    expect(await byPerson(manager)).toEqual([]);
    // The next day: the overdue one again (once), nothing else.
    expect((await runFollowUpReminders(at(monday, 1, 6)))?.reminders).toBe(2);
  });

  it("sends the weekly digest once on Monday", async () => {
    const count = () => db().emailOutbox.count({ where: { subject: { contains: "open follow-up" } } });
    const before = await count();
    await runFollowUpReminders(at(monday, 7, 6));
    await runFollowUpReminders(at(monday, 7, 7));
    expect((await count()) - before).toBe(2);
  });
});

describe("calendar feed", () => {
  it("lists the owner's sessions and due dates, parses, and stops working when revoked", async () => {
    const { link } = await createCalendarFeed(assignee);
    const token = link
      .split("/")
      .pop()!
      .replace(/\.ics$/, "");
    const ics = await feedForToken(token);
    const events = new ICAL.Component(ICAL.parse(ics!))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v).summary);
    expect(events).toContain("Reminder committee: Dialogue");
    expect(events).toContain("Due: Due tomorrow");
    // The feed speaks its owner's language, whoever fetches it.
    await db().user.update({ where: { id: assignee.id }, data: { locale: "ko" } });
    expect(await feedForToken(token)).toContain("SUMMARY:기한: Due tomorrow");
    await db().user.update({ where: { id: assignee.id }, data: { locale: "en" } });
    const outsiderFeed = await feedForToken(
      (await createCalendarFeed(outsider)).link
        .split("/")
        .pop()!
        .replace(/\.ics$/, ""),
    );
    expect(outsiderFeed).not.toContain("Reminder committee");
    await revokeCalendarFeed(assignee);
    expect(await feedForToken(token)).toBeNull();
    expect(await feedForToken("not-a-real-token-0123456789")).toBeNull();
  });
});
