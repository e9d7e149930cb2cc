// Who may do what in a committee: every role × every action, against the real services.
// A cell is "ok", "forbidden" (a member without the role) or "not_found" (outside the workspace).
import { beforeAll, describe, expect, it } from "vitest";
import { proposeAgendaItem, recordDecision, setAgendaItemStatus } from "@/lib/committees/agenda-items";
import { giveFeedback } from "@/lib/committees/feedback";
import { startMinutes } from "@/lib/committees/minutes";
import { committeeSchema } from "@/lib/committees/schemas";
import { createCommittee, getCommittee } from "@/lib/committees/service";
import { addAgendaEntry, createSession, setSessionStatus } from "@/lib/committees/sessions";
import { createFollowUp, postProgress } from "@/lib/followups/service";
import type { Actor } from "@/lib/server/actor";
import { isAppError } from "@/lib/server/errors";
import { isoDateFromToday } from "@/lib/time/clock";
import { makeTenant, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

type Role = "manager" | "contributor" | "viewer" | "outsider";
const ROLES: Role[] = ["manager", "contributor", "viewer", "outsider"];
const actors = {} as Record<Role, Actor>;
let committeeId: string;
let institutionId: string;
let workspaceId: string;

type Outcome = "ok" | "forbidden" | "not_found";

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return "forbidden";
    if (isAppError(error) && error.code === "NOT_FOUND") return "not_found";
    throw error;
  }
}

beforeAll(async () => {
  const home = await makeTenant("Home");
  const other = await makeTenant("Other");
  actors.manager = home.admin;
  actors.contributor = home.member;
  actors.viewer = other.member;
  actors.outsider = other.admin;
  institutionId = home.institution.id;
  const ws = await makeWorkspace(actors.manager, [
    [actors.contributor, "CONTRIBUTOR"],
    [actors.viewer, "VIEWER"],
  ]);
  workspaceId = ws.id;
  committeeId = (
    await createCommittee(
      actors.manager,
      committeeSchema.parse({
        workspaceId,
        name: "Matrix",
        kind: "FORUM",
        countries: ["KR", "JP"],
        side1Name: "A",
        side1Institutions: [home.institution.id],
        side2Name: "B",
        side2Institutions: [other.institution.id],
      }),
    )
  ).id;
});

// Each action builds what it needs with the manager, then lets `actor` try.
const ACTIONS: Record<string, (actor: Actor) => Promise<unknown>> = {
  "read the committee": (actor) => getCommittee(actor, committeeId),
  "create a committee": (actor) =>
    createCommittee(
      actor,
      committeeSchema.parse({
        workspaceId,
        name: "Another",
        kind: "FORUM",
        countries: ["KR", "JP"],
        side1Name: "A",
        side1Institutions: [institutionId],
        side2Name: "B",
        side2Institutions: [actors.viewer.institutionId],
      }),
    ),
  "plan a session": (actor) =>
    createSession(actor, {
      committeeId,
      title: "Session",
      startsAt: `${isoDateFromToday(30)}T10:00`,
      endsAt: `${isoDateFromToday(30)}T11:00`,
      timeZone: "UTC",
      place: "",
      onlineUrl: "",
    }),
  "propose an agenda item": (actor) =>
    proposeAgendaItem(actor, {
      committeeId,
      title: "Item",
      description: "",
      proposingSideId: "",
      technologyAreaId: "",
    }),
  "adopt an agenda item": async (actor) => {
    const item = await proposeAgendaItem(actors.manager, {
      committeeId,
      title: "To adopt",
      description: "",
      proposingSideId: "",
      technologyAreaId: "",
    });
    return setAgendaItemStatus(actor, { agendaItemId: item.id, version: item.version, status: "ADOPTED" });
  },
  "record a decision": async (actor) => {
    const item = await proposeAgendaItem(actors.manager, {
      committeeId,
      title: "To decide",
      description: "",
      proposingSideId: "",
      technologyAreaId: "",
    });
    await setAgendaItemStatus(actors.manager, { agendaItemId: item.id, version: 1, status: "ADOPTED" });
    const session = await createSession(actors.manager, {
      committeeId,
      title: "Deciding",
      startsAt: `${isoDateFromToday(60)}T10:00`,
      endsAt: `${isoDateFromToday(60)}T11:00`,
      timeZone: "UTC",
      place: "",
      onlineUrl: "",
    });
    await addAgendaEntry(actors.manager, {
      sessionId: session.id,
      agendaItemId: item.id,
      durationMinutes: 10,
      presenter: "",
    });
    await setSessionStatus(actors.manager, { sessionId: session.id, version: 1, status: "IN_SESSION" });
    return recordDecision(actor, { sessionId: session.id, agendaItemId: item.id, type: "NOTED", text: "Noted." });
  },
  "start the minutes": async (actor) => {
    const session = await createSession(actors.manager, {
      committeeId,
      title: "Minutes",
      startsAt: `${isoDateFromToday(90)}T10:00`,
      endsAt: `${isoDateFromToday(90)}T11:00`,
      timeZone: "UTC",
      place: "",
      onlineUrl: "",
    });
    await setSessionStatus(actors.manager, { sessionId: session.id, version: 1, status: "HELD" });
    return startMinutes(actor, { sessionId: session.id });
  },
  "create a follow-up": (actor) =>
    createFollowUp(actor, {
      committeeId,
      agendaItemId: "",
      decisionId: "",
      feedbackId: "",
      title: "Follow-up",
      description: "",
      dueDate: isoDateFromToday(200),
      priority: "LOW",
      leads: [institutionId],
      assignees: [],
    }),
  "post progress on a follow-up their institution leads": async (actor) => {
    const f = await createFollowUp(actors.manager, {
      committeeId,
      agendaItemId: "",
      decisionId: "",
      feedbackId: "",
      title: "Led by Home",
      description: "",
      dueDate: isoDateFromToday(200),
      priority: "LOW",
      leads: [institutionId],
      assignees: [],
    });
    return postProgress(actor, {
      followUpId: f.id,
      version: 1,
      text: "Started",
      progress: 10,
      status: "IN_PROGRESS",
      evidence: [],
    });
  },
  "give feedback": async (actor) => {
    const item = await proposeAgendaItem(actors.manager, {
      committeeId,
      title: "Feedback item",
      description: "",
      proposingSideId: "",
      technologyAreaId: "",
    });
    return giveFeedback(actor, { agendaItemId: item.id, kind: "SUPPORT", text: "Yes please.", evidence: [] });
  },
};

const EXPECTED: Record<string, Record<Role, Outcome>> = {
  "read the committee": { manager: "ok", contributor: "ok", viewer: "ok", outsider: "not_found" },
  "create a committee": { manager: "ok", contributor: "forbidden", viewer: "forbidden", outsider: "not_found" },
  "plan a session": { manager: "ok", contributor: "forbidden", viewer: "forbidden", outsider: "not_found" },
  "propose an agenda item": { manager: "ok", contributor: "ok", viewer: "forbidden", outsider: "not_found" },
  "adopt an agenda item": { manager: "ok", contributor: "forbidden", viewer: "forbidden", outsider: "not_found" },
  "record a decision": { manager: "ok", contributor: "forbidden", viewer: "forbidden", outsider: "not_found" },
  "start the minutes": { manager: "ok", contributor: "forbidden", viewer: "forbidden", outsider: "not_found" },
  "create a follow-up": { manager: "ok", contributor: "forbidden", viewer: "forbidden", outsider: "not_found" },
  "post progress on a follow-up their institution leads": {
    manager: "ok",
    contributor: "ok",
    viewer: "forbidden",
    outsider: "not_found",
  },
  "give feedback": { manager: "ok", contributor: "ok", viewer: "forbidden", outsider: "not_found" },
};

describe.each(Object.keys(ACTIONS))("%s", (action) => {
  it.each(ROLES)("as %s", async (role) => {
    expect(await outcome(() => ACTIONS[action](actors[role]))).toBe(EXPECTED[action][role]);
  });
});

// Pages offer what `can` says (no page reads the permission table): it must match what the
// services above actually allow each member.
describe("the committee's `can` matches the services", () => {
  const offered = {
    manage: "plan a session",
    proposeAgenda: "propose an agenda item",
    manageFollowUps: "create a follow-up",
    giveFeedback: "give feedback",
  } as const;
  it.each(["manager", "contributor", "viewer"] as const)("as %s", async (role) => {
    const { can } = await getCommittee(actors[role], committeeId);
    for (const [key, action] of Object.entries(offered))
      expect(can[key as keyof typeof offered], key).toBe(EXPECTED[action][role] === "ok");
  });
});
