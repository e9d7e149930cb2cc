// Committees, sessions, agenda items that carry over, decisions, minutes and feedback.
import { beforeAll, describe, expect, it } from "vitest";
import {
  carryOverAgendaItem,
  getAgendaItem,
  proposeAgendaItem,
  recordDecision,
  setAgendaItemStatus,
} from "@/lib/committees/agenda-items";
import { committeeSchema } from "@/lib/committees/schemas";
import { getCommittee } from "@/lib/committees/service";
import { addAgendaEntry, createSession, getSession, setSessionStatus } from "@/lib/committees/sessions";
import { createFollowUp, getFollowUp } from "@/lib/followups/service";
import type { Actor } from "@/lib/server/actor";
import { isoDateFromToday } from "@/lib/time/clock";
import { makeBilateralCommittee } from "../helpers/committee";
import { expectAppError } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let manager: Actor; // Korean side, workspace manager
let korean: Actor; // Korean side contributor
let american: Actor; // US side contributor
let viewer: Actor;
let outsider: Actor;
let committeeId: string;
let usInstitution: string;

beforeAll(async () => {
  ({ manager, korean, american, viewer, outsider, committeeId, usInstitution } = await makeBilateralCommittee());
});

describe("committees", () => {
  it("needs two sides, each with an institution, and two countries", () => {
    const result = committeeSchema.safeParse({
      workspaceId: "0199e3a0-0000-7000-8000-000000000000",
      name: "Solo",
      kind: "FORUM",
      countries: ["KR"],
      side1Name: "Korea",
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(["choose_two_countries"]));
  });

  it("is created only by a workspace manager and is invisible outside the workspace", async () => {
    await expectAppError(getCommittee(outsider, committeeId), "NOT_FOUND");
    const committee = await getCommittee(viewer, committeeId);
    expect(committee.sides.map((s) => s.name)).toEqual(["Korea", "United States"]);
  });
});

describe("an agenda item carried over three sessions", () => {
  it("keeps every session that discussed it and what each decided", async () => {
    const item = await proposeAgendaItem(american, {
      committeeId,
      title: "Quantum talent exchange",
      description: "Researcher quotas",
      proposingSideId: "",
      technologyAreaId: "",
    });
    expect(item.status).toBe("PROPOSED");
    await expectAppError(
      setAgendaItemStatus(american, { agendaItemId: item.id, version: item.version, status: "ADOPTED" }),
      "FORBIDDEN",
    );
    await setAgendaItemStatus(manager, { agendaItemId: item.id, version: item.version, status: "ADOPTED" });

    const sessions = [];
    // Three yearly sessions, all in the past.
    for (const [i, day] of [-1100, -735, -370].map((days) => isoDateFromToday(days)).entries()) {
      sessions.push(
        await createSession(manager, {
          committeeId,
          title: `Session ${i + 1}`,
          startsAt: `${day}T10:00`,
          endsAt: `${day}T12:00`,
          timeZone: "Asia/Seoul",
          place: "Seoul",
          onlineUrl: "",
        }),
      );
    }
    // First session: put on the agenda by hand; later ones: carried over in one action.
    await addAgendaEntry(manager, {
      sessionId: sessions[0].id,
      agendaItemId: item.id,
      durationMinutes: 30,
      presenter: "KR co-chair",
    });
    for (const [i, session] of sessions.entries()) {
      if (i > 0) {
        // The item page knows where the next carry-over goes, and whether the item is already there.
        expect((await getAgendaItem(manager, item.id)).nextSession).toEqual({
          id: session.id,
          title: session.title,
          onAgenda: false,
        });
        expect((await carryOverAgendaItem(manager, { agendaItemId: item.id })).sessionId).toBe(session.id);
        expect((await getAgendaItem(manager, item.id)).nextSession?.onAgenda).toBe(true);
      }
      await setSessionStatus(manager, { sessionId: session.id, version: 1, status: "IN_SESSION" });
      await recordDecision(manager, {
        sessionId: session.id,
        agendaItemId: item.id,
        type: i < 2 ? "FURTHER_STUDY" : "AGREED",
        text: `Decision ${i + 1}`,
      });
      await setSessionStatus(manager, { sessionId: session.id, version: 2, status: "HELD" });
    }
    const history = (await getAgendaItem(viewer, item.id)).history;
    expect(history.map((h) => [h.session.title, h.decision?.text])).toEqual([
      ["Session 1", "Decision 1"],
      ["Session 2", "Decision 2"],
      ["Session 3", "Decision 3"],
    ]);
    expect((await getAgendaItem(manager, item.id)).nextSession).toBeNull();
    await expectAppError(carryOverAgendaItem(manager, { agendaItemId: item.id }), "CONFLICT", "no_planned_session");
    await expectAppError(
      setSessionStatus(manager, { sessionId: sessions[0].id, version: 3, status: "PLANNED" }),
      "CONFLICT",
      "bad_transition:HELD→PLANNED",
    );
    expect((await getSession(viewer, sessions[2].id)).entries[0].durationMinutes).toBe(0);
  });
});

describe("minutes", () => {
  it("need a co-chair of each side, lock once approved, and are amended as a new version", async () => {
    const { startMinutes, saveMinutesText, setMinutesStatus, approveMinutes, amendMinutes, getMinutes } = await import(
      "@/lib/committees/minutes"
    );
    const session = await createSession(manager, {
      committeeId,
      title: "Minutes session",
      startsAt: `${isoDateFromToday(-300)}T10:00`,
      endsAt: `${isoDateFromToday(-300)}T12:00`,
      timeZone: "Asia/Seoul",
      place: "",
      onlineUrl: "",
    });
    await expectAppError(startMinutes(manager, { sessionId: session.id }), "CONFLICT", "session_not_started");
    await setSessionStatus(manager, { sessionId: session.id, version: 1, status: "HELD" });
    const draft = await startMinutes(manager, { sessionId: session.id });
    await expectAppError(
      setMinutesStatus(manager, { minutesId: draft.id, lockVersion: 1, status: "CIRCULATED" }),
      "CONFLICT",
      "minutes_empty",
    );
    const saved = await saveMinutesText(manager, {
      minutesId: draft.id,
      lockVersion: 1,
      text: "Agreed: quantum exchange.",
    });
    await expectAppError(
      saveMinutesText(manager, { minutesId: draft.id, lockVersion: 1, text: "stale" }),
      "CONFLICT",
      "stale_minutes",
    );
    const circulated = await setMinutesStatus(manager, {
      minutesId: draft.id,
      lockVersion: saved.lockVersion,
      status: "CIRCULATED",
    });
    await expectAppError(
      saveMinutesText(manager, { minutesId: draft.id, lockVersion: circulated.lockVersion, text: "late edit" }),
      "CONFLICT",
      "minutes_locked",
    );
    await expectAppError(approveMinutes(korean, { minutesId: draft.id }), "FORBIDDEN", "co_chair_only");
    const half = await approveMinutes(manager, { minutesId: draft.id }); // Korean co-chair
    expect(half.status).toBe("CIRCULATED");
    await expectAppError(approveMinutes(manager, { minutesId: draft.id }), "CONFLICT", "side_already_approved");
    const approved = await approveMinutes(american, { minutesId: draft.id }); // US co-chair
    expect(approved.status).toBe("APPROVED");
    await expectAppError(
      setMinutesStatus(manager, { minutesId: draft.id, lockVersion: approved.lockVersion, status: "DRAFT" }),
      "CONFLICT",
    );
    const amendment = await amendMinutes(manager, { minutesId: draft.id });
    expect(amendment).toMatchObject({ version: 2, status: "DRAFT", text: "Agreed: quantum exchange." });
    const view = await getMinutes(viewer, session.id);
    expect(view.versions.map((v) => [v.version, v.status])).toEqual([
      [2, "DRAFT"],
      [1, "APPROVED"],
    ]);
    expect(view.can).toMatchObject({ edit: false, approve: false, amend: false });
  });
});

describe("stakeholder feedback", () => {
  it("comes from either side and turns into a follow-up linked both ways", async () => {
    const { giveFeedback, listFeedback } = await import("@/lib/committees/feedback");
    const item = await proposeAgendaItem(korean, {
      committeeId,
      title: "Joint fund",
      description: "",
      proposingSideId: "",
      technologyAreaId: "",
    });
    const feedback = await giveFeedback(american, {
      agendaItemId: item.id,
      kind: "CONCERN",
      text: "Matching rules differ by agency.",
      evidence: ["https://example.org/rules"],
    });
    await expectAppError(
      giveFeedback(viewer, { agendaItemId: item.id, kind: "SUPPORT", text: "Viewers only read.", evidence: [] }),
      "FORBIDDEN",
    );
    const followUp = await createFollowUp(manager, {
      committeeId,
      agendaItemId: "",
      decisionId: "",
      feedbackId: feedback.id,
      title: "Compare matching rules",
      description: "",
      dueDate: isoDateFromToday(60),
      priority: "MEDIUM",
      leads: [usInstitution],
      assignees: [],
    });
    expect(followUp.agendaItemId).toBe(item.id);
    expect((await getFollowUp(viewer, followUp.id)).feedback?.text).toBe("Matching rules differ by agency.");
    expect((await listFeedback(viewer, item.id))[0].followUps.map((f) => f.title)).toEqual(["Compare matching rules"]);
  });
});
