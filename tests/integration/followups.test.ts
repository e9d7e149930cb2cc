// Follow-ups of a committee: who creates and updates them, stale saves, the list, import and export.
import { beforeAll, describe, expect, it } from "vitest";
import { listFollowUps } from "@/lib/followups/list";
import { followUpFiltersSchema } from "@/lib/followups/schemas";
import { createFollowUp, getFollowUp, postProgress, setFollowUpStatus, updateFollowUp } from "@/lib/followups/service";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { isoDateFromToday } from "@/lib/time/clock";
import { makeBilateralCommittee } from "../helpers/committee";
import { expectAppError, makeTenant } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let manager: Actor; // Korean side, workspace manager
let korean: Actor; // Korean side contributor
let american: Actor; // US side contributor
let americanColleague: Actor; // same institution as `american`, contributor
let viewer: Actor;
let outsider: Actor;
let committeeId: string;
let koreaInstitution: string;
let usInstitution: string;

beforeAll(async () => {
  ({ manager, korean, american, americanColleague, viewer, outsider, committeeId, koreaInstitution, usInstitution } =
    await makeBilateralCommittee());
});

describe("follow-ups", () => {
  let followUpId: string;

  beforeAll(async () => {
    const followUp = await createFollowUp(manager, {
      committeeId,
      agendaItemId: "",
      decisionId: "",
      feedbackId: "",
      title: "Exchange quantum researchers",
      description: "",
      dueDate: isoDateFromToday(30),
      priority: "HIGH",
      leads: [usInstitution],
      assignees: [korean.id],
    });
    followUpId = followUp.id;
  });

  it("only managers create them; leads must be institutions of the committee", async () => {
    await expectAppError(
      createFollowUp(american, {
        committeeId,
        agendaItemId: "",
        decisionId: "",
        feedbackId: "",
        title: "Nope",
        description: "",
        dueDate: isoDateFromToday(30),
        priority: "LOW",
        leads: [usInstitution],
        assignees: [],
      }),
      "FORBIDDEN",
    );
    const other = await makeTenant("Not in committee");
    await expectAppError(
      createFollowUp(manager, {
        committeeId,
        agendaItemId: "",
        decisionId: "",
        feedbackId: "",
        title: "Bad lead",
        description: "",
        dueDate: isoDateFromToday(30),
        priority: "LOW",
        leads: [other.institution.id],
        assignees: [],
      }),
      "VALIDATION",
      "unknown_lead",
    );
  });

  it("lets assignees and members of a lead institution post progress, but not viewers or others", async () => {
    expect((await getFollowUp(americanColleague, followUpId)).can.progress).toBe(true); // lead institution
    expect((await getFollowUp(korean, followUpId)).can.progress).toBe(true); // assignee
    expect((await getFollowUp(viewer, followUpId)).can.progress).toBe(false);
    const first = await postProgress(americanColleague, {
      followUpId,
      version: 1,
      text: "Call for researchers drafted",
      progress: 20,
      status: "IN_PROGRESS",
      evidence: ["https://example.org/call"],
    });
    await expectAppError(
      postProgress(viewer, {
        followUpId,
        version: first.version,
        text: "I am a viewer",
        progress: 30,
        status: "IN_PROGRESS",
        evidence: [],
      }),
      "FORBIDDEN",
    );
    await expectAppError(getFollowUp(outsider, followUpId), "NOT_FOUND");
  });

  it("refuses a stale save and DONE without a final update", async () => {
    const current = await getFollowUp(manager, followUpId);
    await expectAppError(
      updateFollowUp(manager, {
        followUpId,
        version: current.version - 1,
        title: "Stale",
        description: "",
        dueDate: isoDateFromToday(30),
        priority: "LOW",
        leads: [usInstitution],
        assignees: [],
      }),
      "CONFLICT",
      "stale_follow_up",
    );
    await expectAppError(
      setFollowUpStatus(korean, { followUpId, version: current.version, status: "DONE" }),
      "CONFLICT",
      "done_needs_update",
    );
    const blocked = await setFollowUpStatus(korean, { followUpId, version: current.version, status: "BLOCKED" });
    const done = await postProgress(korean, {
      followUpId,
      version: blocked.version,
      text: "Ten researchers exchanged",
      progress: 80,
      status: "DONE",
      evidence: [],
    });
    expect(done).toMatchObject({ status: "DONE", progress: 100 });
    const history = (await getFollowUp(viewer, followUpId)).updates.map((u) => `${u.fromStatus}→${u.toStatus}`);
    expect(history).toEqual(["BLOCKED→DONE", "IN_PROGRESS→BLOCKED", "OPEN→IN_PROGRESS"]);
  });

  it("lists with filters kept in a query string, only in the actor's workspaces", async () => {
    const mine = await listFollowUps(korean, followUpFiltersSchema.parse({ assignee: "me" }));
    expect(mine.items.map((f) => f.title)).toEqual(["Exchange quantum researchers"]);
    const led = await listFollowUps(viewer, followUpFiltersSchema.parse({ institution: koreaInstitution }));
    expect(led.items).toHaveLength(0);
    expect((await listFollowUps(outsider, followUpFiltersSchema.parse({}))).items).toHaveLength(0);
    expect(await db().followUp.count()).toBeGreaterThan(0);
  });
});
