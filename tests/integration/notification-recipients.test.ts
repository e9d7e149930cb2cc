// The recipient table (lib/notifications/recipients.ts), a test per row: exactly who is told
// of each committee event, and that nobody else is: not the actor, not a member of another
// workspace (even one who watched the record before losing access), not a member of a side's
// institution who is outside the workspace, not a deactivated member.
import { beforeAll, describe, expect, it } from "vitest";
import { addRecordComment } from "@/lib/comments/service";
import { proposeAgendaItem, recordDecision, setAgendaItemStatus } from "@/lib/committees/agenda-items";
import { giveFeedback } from "@/lib/committees/feedback";
import {
  amendMinutes,
  approveMinutes,
  saveMinutesText,
  setMinutesStatus,
  startMinutes,
} from "@/lib/committees/minutes";
import {
  addAgendaEntry,
  createSession,
  rescheduleSession,
  setSessionStatus,
  updateAgendaEntry,
} from "@/lib/committees/sessions";
import { nudgeAssignees } from "@/lib/followups/nudge";
import { createFollowUp, postProgress, setFollowUpStatus, updateFollowUp } from "@/lib/followups/service";
import type { WatchTarget } from "@/lib/generated/prisma/enums";
import { runChasers } from "@/lib/notifications/chasers";
import { EVENT_KINDS } from "@/lib/notifications/events";
import { fanOutPending } from "@/lib/notifications/fanout";
import { RECIPIENT_RULES } from "@/lib/notifications/recipients";
import { db } from "@/lib/server/db";
import { clock, DAY_MS, isoDateFromToday, setClockForTests } from "@/lib/time/clock";
import { setWatch } from "@/lib/watches/service";
import { type CommitteeWorld, makeCommitteeWorld } from "../helpers/committee-world";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let w: CommitteeWorld;
let names: Map<string, string>;
const local = (days: number, time: string) => `${isoDateFromToday(days)}T${time}`;

/** Runs a change, fans out its events and returns who was told what, by role name. */
async function told(change: () => Promise<unknown>): Promise<Record<string, string>> {
  const last = await db().notificationEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  await change();
  await fanOutPending();
  const rows = await db().notification.findMany({
    where: { eventId: { gt: last?.id ?? "" } },
    select: { userId: true, kind: true },
  });
  expect(rows.length, "once per person").toBe(new Set(rows.map((r) => r.userId)).size);
  return Object.fromEntries(rows.map((r) => [names.get(r.userId) ?? r.userId, r.kind]));
}

/** A watch as it stood before its owner lost access (setWatch would refuse it now). */
const staleWatch = (userId: string, target: WatchTarget, targetKey: string) =>
  db().watch.create({ data: { userId, target, targetKey } });

let followUp: { id: string; version: number };
let sessionId: string;
let itemId: string;

beforeAll(async () => {
  w = await makeCommitteeWorld();
  names = new Map(
    Object.entries(w)
      .filter((e): e is [string, { id: string }] => typeof e[1] === "object" && e[1] !== null && "id" in e[1])
      .map(([name, actor]) => [actor.id, name]),
  );
  await setWatch(w.thirdParty, { target: "COMMITTEE", targetKey: w.committeeId, watching: true });
  await staleWatch(w.stranger.id, "COMMITTEE", w.committeeId);
  await staleWatch(w.deactivated.id, "COMMITTEE", w.committeeId);
});

const followUpInput = (overrides: Partial<{ leads: string[]; assignees: string[]; dueDate: string }> = {}) => ({
  title: "Select the two AI-semiconductor testbeds",
  description: "",
  dueDate: isoDateFromToday(30),
  priority: "MEDIUM" as const,
  leads: [w.us],
  assignees: [w.american.id],
  ...overrides,
});

it("has a row for every event kind", () => {
  expect(Object.keys(RECIPIENT_RULES).sort()).toEqual([...EVENT_KINDS].sort());
});

describe("follow-up events", () => {
  it("created: the assignees are told they are assigned; the lead institutions' members and the committee's watchers that it exists", async () => {
    expect(
      await told(async () => {
        const created = await createFollowUp(w.manager, {
          committeeId: w.committeeId,
          agendaItemId: "",
          decisionId: "",
          feedbackId: "",
          ...followUpInput(),
        });
        followUp = { id: created.id, version: created.version };
      }),
    ).toEqual({
      american: "FOLLOWUP_ASSIGNED",
      usManager: "FOLLOWUP_CREATED",
      usViewer: "FOLLOWUP_CREATED",
      thirdParty: "FOLLOWUP_CREATED",
    });
    await setWatch(w.korean, { target: "FOLLOW_UP", targetKey: followUp.id, watching: true });
    await staleWatch(w.stranger.id, "FOLLOW_UP", followUp.id);
    await staleWatch(w.deactivated.id, "FOLLOW_UP", followUp.id);
  });

  const update = (overrides: Parameters<typeof followUpInput>[0]) => async () => {
    const saved = await updateFollowUp(w.manager, {
      followUpId: followUp.id,
      version: followUp.version,
      ...followUpInput(overrides),
    });
    followUp.version = saved.version;
  };

  it("reassigned: new assignees, removed assignees, the leads' members and the follow-up's watchers", async () => {
    expect(await told(update({ assignees: [w.korean.id] }))).toEqual({
      korean: "FOLLOWUP_ASSIGNED",
      american: "FOLLOWUP_UNASSIGNED",
      usManager: "FOLLOWUP_REASSIGNED",
      usViewer: "FOLLOWUP_REASSIGNED",
    });
  });

  it("lead institution changed: assignees, the new and the removed leads' members, watchers", async () => {
    expect(await told(update({ assignees: [w.korean.id], leads: [w.korea] }))).toEqual({
      korean: "FOLLOWUP_LEAD_CHANGED",
      american: "FOLLOWUP_LEAD_CHANGED",
      usManager: "FOLLOWUP_LEAD_CHANGED",
      usViewer: "FOLLOWUP_LEAD_CHANGED",
    });
    await update({})();
    await fanOutPending();
  });

  // The leads' members, the follow-up's watcher and the committee's watcher.
  const following = ["usManager", "usViewer", "korean", "thirdParty"];
  const expectKind = (kind: string, also: string[] = []) =>
    Object.fromEntries([...following, ...also].map((name) => [name, kind]));

  it("status changed: assignees, the leads' members, the follow-up's and the committee's watchers", async () => {
    expect(
      await told(async () => {
        const saved = await setFollowUpStatus(w.american, {
          followUpId: followUp.id,
          version: followUp.version,
          status: "IN_PROGRESS",
        });
        followUp.version = saved.version;
      }),
    ).toEqual(expectKind("FOLLOWUP_STATUS_CHANGED"));
  });

  it("progress posted: the same people", async () => {
    expect(
      await told(async () => {
        const saved = await postProgress(w.american, {
          followUpId: followUp.id,
          version: followUp.version,
          text: "Shortlist of five sites agreed.",
          progress: 40,
          status: "IN_PROGRESS",
          evidence: [],
        });
        followUp.version = saved.version;
      }),
    ).toEqual(expectKind("FOLLOWUP_PROGRESS"));
  });

  it("due date moved: the same people, the assignee too when someone else moves it", async () => {
    expect(await told(update({ dueDate: isoDateFromToday(45) }))).toEqual(
      expectKind("FOLLOWUP_DUE_MOVED", ["american"]),
    );
  });

  it("blocked: the same people and the committee's managers", async () => {
    expect(
      await told(async () => {
        const saved = await setFollowUpStatus(w.american, {
          followUpId: followUp.id,
          version: followUp.version,
          status: "BLOCKED",
        });
        followUp.version = saved.version;
      }),
    ).toEqual(expectKind("FOLLOWUP_BLOCKED", ["manager"]));
  });
});

describe("session, agenda and minutes events", () => {
  const participants = (kind: string, without: string) =>
    Object.fromEntries(
      ["manager", "korean", "american", "usManager", "usViewer", "thirdParty"]
        .filter((name) => name !== without)
        .map((name) => [name, kind]),
    );

  it("session planned: the committee's participants (both sides' members in the workspace) and its watchers", async () => {
    expect(
      await told(async () => {
        const session = await createSession(w.manager, {
          committeeId: w.committeeId,
          title: "Fourteenth session",
          startsAt: local(30, "10:00"),
          endsAt: local(30, "12:00"),
          timeZone: "Asia/Seoul",
          place: "Sejong",
          onlineUrl: "",
        });
        sessionId = session.id;
      }),
    ).toEqual(participants("SESSION_PLANNED", "manager"));
  });

  it("agenda changed: only within 7 days of the session", async () => {
    const item = await proposeAgendaItem(w.korean, {
      committeeId: w.committeeId,
      title: "Quantum talent exchange",
      description: "",
      proposingSideId: "",
      technologyAreaId: "",
    });
    itemId = item.id;
    await setAgendaItemStatus(w.manager, { agendaItemId: item.id, version: item.version, status: "ADOPTED" });
    expect(
      await told(() =>
        addAgendaEntry(w.manager, {
          sessionId,
          agendaItemId: itemId,
          durationMinutes: 30,
          presenter: w.usViewer.name.toUpperCase(),
        }),
      ),
    ).toEqual({});
  });

  it("session moved: participants and watchers", async () => {
    const session = await db().session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(
      await told(() =>
        rescheduleSession(w.manager, {
          sessionId,
          version: session.version,
          title: session.title,
          startsAt: local(3, "09:00"),
          endsAt: local(3, "11:00"),
          timeZone: "Asia/Seoul",
          place: "Sejong",
          onlineUrl: "",
        }),
      ),
    ).toEqual(participants("SESSION_MOVED", "manager"));
  });

  it("agenda changed within 7 days: participants and watchers", async () => {
    const entry = await db().agendaEntry.findFirstOrThrow({ where: { sessionId } });
    expect(
      await told(() =>
        updateAgendaEntry(w.manager, { sessionId, entryId: entry.id, durationMinutes: 45, presenter: entry.presenter }),
      ),
    ).toEqual(participants("SESSION_AGENDA_CHANGED", "manager"));
  });

  it("decision recorded: the item's proposer, presenters (members named as presenter) and watchers", async () => {
    await setWatch(w.american, { target: "AGENDA_ITEM", targetKey: itemId, watching: true });
    await staleWatch(w.stranger.id, "AGENDA_ITEM", itemId);
    const session = await db().session.findUniqueOrThrow({ where: { id: sessionId } });
    await setSessionStatus(w.manager, { sessionId, version: session.version, status: "IN_SESSION" });
    expect(
      await told(() =>
        recordDecision(w.manager, {
          sessionId,
          agendaItemId: itemId,
          type: "AGREED",
          text: "Exchange ten researchers a year.",
        }),
      ),
    ).toEqual({
      korean: "DECISION_RECORDED",
      usViewer: "DECISION_RECORDED",
      american: "DECISION_RECORDED",
      thirdParty: "DECISION_RECORDED",
    });
  });

  it("feedback given: the same people, never its author", async () => {
    expect(
      await told(() =>
        giveFeedback(w.usManager, {
          agendaItemId: itemId,
          kind: "CONCERN",
          text: "Quotas need both ministries.",
          evidence: [],
        }),
      ),
    ).toEqual({
      korean: "FEEDBACK_GIVEN",
      usViewer: "FEEDBACK_GIVEN",
      american: "FEEDBACK_GIVEN",
      thirdParty: "FEEDBACK_GIVEN",
    });
  });

  it("minutes circulated: each side's co-chairs, asked to approve", async () => {
    const minutes = await startMinutes(w.manager, { sessionId });
    const saved = await saveMinutesText(w.manager, {
      minutesId: minutes.id,
      lockVersion: minutes.lockVersion,
      text: "Agreed.",
    });
    expect(
      await told(() =>
        setMinutesStatus(w.manager, { minutesId: minutes.id, lockVersion: saved.lockVersion, status: "CIRCULATED" }),
      ),
    ).toEqual({ american: "MINUTES_CIRCULATED" });
  });

  it("minutes approved (by the last side): participants and watchers", async () => {
    const minutes = await db().minutes.findFirstOrThrow({ where: { sessionId } });
    expect(await told(() => approveMinutes(w.manager, { minutesId: minutes.id }))).toEqual({});
    expect(await told(() => approveMinutes(w.american, { minutesId: minutes.id }))).toEqual(
      participants("MINUTES_APPROVED", "american"),
    );
  });

  it("minutes amended: participants and watchers", async () => {
    const minutes = await db().minutes.findFirstOrThrow({ where: { sessionId } });
    expect(await told(() => amendMinutes(w.manager, { minutesId: minutes.id }))).toEqual(
      participants("MINUTES_AMENDED", "manager"),
    );
  });

  it("session cancelled: participants and watchers", async () => {
    const session = await createSession(w.manager, {
      committeeId: w.committeeId,
      title: "Extraordinary session",
      startsAt: local(10, "10:00"),
      endsAt: local(10, "11:00"),
      timeZone: "America/New_York",
      place: "",
      onlineUrl: "",
    });
    expect(
      await told(() =>
        setSessionStatus(w.manager, { sessionId: session.id, version: session.version, status: "CANCELLED" }),
      ),
    ).toEqual(participants("SESSION_CANCELLED", "manager"));
  });
});

describe("chasers and the nudge", () => {
  const PARTICIPANTS = ["manager", "korean", "american", "usManager", "usViewer"];

  it("pack ready: the committee's participants only (no watcher, no actor: the job acts)", async () => {
    const session = await createSession(w.manager, {
      committeeId: w.committeeId,
      title: "Pack session",
      startsAt: local(5, "10:00"),
      endsAt: local(5, "11:00"),
      timeZone: "Asia/Seoul",
      place: "",
      onlineUrl: "",
    });
    sessionId = session.id;
    await fanOutPending();
    expect(await told(() => runChasers())).toEqual(
      Object.fromEntries(PARTICIPANTS.map((name) => [name, "SESSION_PACK_READY"])),
    );
  });

  it("agenda incomplete: the workspace's managers (the secretariat)", async () => {
    await addAgendaEntry(w.manager, { sessionId, agendaItemId: itemId, durationMinutes: 0, presenter: "" });
    await fanOutPending();
    expect(await told(() => runChasers())).toEqual({
      manager: "SESSION_AGENDA_INCOMPLETE",
      usManager: "SESSION_AGENDA_INCOMPLETE",
    });
  });

  it("nudged: the follow-up's assignees, not its leads or watchers", async () => {
    expect(await told(() => nudgeAssignees(w.manager, { followUpId: followUp.id }))).toEqual({
      american: "FOLLOWUP_NUDGED",
    });
  });

  it("approval reminder: the co-chairs of each side that has not approved", async () => {
    const minutes = await db().minutes.findFirstOrThrow({ where: { status: "DRAFT" }, orderBy: { version: "desc" } });
    const saved = await saveMinutesText(w.manager, {
      minutesId: minutes.id,
      lockVersion: minutes.lockVersion,
      text: "Amended.",
    });
    await setMinutesStatus(w.manager, { minutesId: minutes.id, lockVersion: saved.lockVersion, status: "CIRCULATED" });
    await fanOutPending();
    try {
      setClockForTests(new Date(clock.ms() + 6 * DAY_MS));
      expect(await told(() => runChasers())).toEqual({
        manager: "MINUTES_APPROVAL_REMINDER",
        american: "MINUTES_APPROVAL_REMINDER",
      });
    } finally {
      setClockForTests(null);
    }
  });
});

describe("comment events", () => {
  it("comment on a follow-up: the mentioned (told once, as mentioned), earlier commenters, assignees, the follow-up's watchers", async () => {
    await addRecordComment(w.thirdParty, { target: "FOLLOW_UP", targetId: followUp.id, body: "Site visits booked." });
    expect(
      await told(() =>
        addRecordComment(w.manager, {
          target: "FOLLOW_UP",
          targetId: followUp.id,
          body: `@${w.usViewer.name}, @${w.american.name} and @${w.stranger.name}: please confirm.`,
        }),
      ),
    ).toEqual({ usViewer: "MENTION", american: "MENTION", thirdParty: "COMMENT_ADDED", korean: "COMMENT_ADDED" });
  });

  it("comment on an agenda item: the mentioned, earlier commenters, its proposer and its watchers", async () => {
    expect(
      await told(() =>
        addRecordComment(w.usManager, {
          target: "AGENDA_ITEM",
          targetId: itemId,
          body: `@${w.korean.name} can the quota wait a year?`,
        }),
      ),
    ).toEqual({ korean: "MENTION", american: "COMMENT_ADDED" });
  });
});
