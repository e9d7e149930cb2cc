// Comments on follow-ups and agenda items (lib/comments): the thread and its pages, who may
// read and write it, which @mentions resolve, and who is told (the mention wins; never the
// author; only people who may read the record).
import { beforeAll, describe, expect, it } from "vitest";
import { addRecordCommentSchema } from "@/lib/comments/schemas";
import { addRecordComment, getCommentThread, THREAD_PAGE } from "@/lib/comments/service";
import { proposeAgendaItem } from "@/lib/committees/agenda-items";
import { createFollowUp } from "@/lib/followups/service";
import { COMMENT_MAX_CHARS } from "@/lib/forms/comments";
import { NOTIFICATION_INCLUDE, notificationHref } from "@/lib/notifications/describe";
import { fanOutPending } from "@/lib/notifications/fanout";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { isoDateFromToday } from "@/lib/time/clock";
import { setWatch } from "@/lib/watches/service";
import { type CommitteeWorld, makeCommitteeWorld } from "../helpers/committee-world";
import { expectAppError } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let w: CommitteeWorld;
let names: Map<string, string>;
let followUpId: string;
let agendaItemId: string;

const onFollowUp = (actor: Actor, body: string) =>
  addRecordComment(actor, { target: "FOLLOW_UP", targetId: followUpId, body });

/** Posts a comment, fans out its event and returns who was told what, by role name. */
async function told(post: () => Promise<{ id: string }>): Promise<Record<string, string>> {
  const comment = await post();
  await fanOutPending();
  const event = await db().notificationEvent.findFirstOrThrow({
    where: { kind: "COMMENT_ADDED" },
    orderBy: { id: "desc" },
  });
  expect((event.payload as { commentId: string }).commentId).toBe(comment.id);
  const rows = await db().notification.findMany({ where: { eventId: event.id }, select: { userId: true, kind: true } });
  return Object.fromEntries(rows.map((r) => [names.get(r.userId) ?? r.userId, r.kind]));
}

beforeAll(async () => {
  w = await makeCommitteeWorld();
  names = new Map(
    Object.entries(w)
      .filter((e): e is [string, Actor] => typeof e[1] === "object" && e[1] !== null && "id" in e[1])
      .map(([name, actor]) => [actor.id, name]),
  );
  const followUp = await createFollowUp(w.manager, {
    committeeId: w.committeeId,
    agendaItemId: "",
    decisionId: "",
    feedbackId: "",
    title: "Draft the joint call for quantum sensing",
    description: "",
    dueDate: isoDateFromToday(30),
    priority: "MEDIUM",
    leads: [w.us],
    assignees: [w.american.id],
  });
  followUpId = followUp.id;
  const item = await proposeAgendaItem(w.korean, {
    committeeId: w.committeeId,
    title: "Open data for climate models",
    description: "",
    proposingSideId: "",
    technologyAreaId: "",
  });
  agendaItemId = item.id;
  await fanOutPending();
});

describe("the form", () => {
  it("refuses an empty body and one over the limit, and trims", () => {
    const base = { target: "FOLLOW_UP", targetId: followUpId };
    expect(addRecordCommentSchema.safeParse({ ...base, body: "   " }).success).toBe(false);
    expect(addRecordCommentSchema.safeParse({ ...base, body: "x".repeat(COMMENT_MAX_CHARS + 1) }).success).toBe(false);
    expect(addRecordCommentSchema.parse({ ...base, body: "  Fine.  " }).body).toBe("Fine.");
    expect(addRecordCommentSchema.safeParse({ ...base, target: "BRIEF", body: "x" }).success).toBe(false);
  });
});

describe("recipients", () => {
  it("the mentioned are told they are mentioned, the assignee once (the mention wins), the watchers of the follow-up; never the author", async () => {
    await setWatch(w.korean, { target: "FOLLOW_UP", targetKey: followUpId, watching: true });
    await db().watch.create({ data: { userId: w.stranger.id, target: "FOLLOW_UP", targetKey: followUpId } });
    expect(
      await told(() =>
        onFollowUp(w.manager, `@${w.american.name} and @${w.usViewer.name}: the call text is in the drive.`),
      ),
    ).toEqual({ american: "MENTION", usViewer: "MENTION", korean: "COMMENT_ADDED" });
  });

  it("earlier commenters hear of later comments; a self-mention tells nobody twice and never the author", async () => {
    expect(await told(() => onFollowUp(w.american, `Noted, @${w.american.name} will circulate it.`))).toEqual({
      manager: "COMMENT_ADDED",
      korean: "COMMENT_ADDED",
    });
  });

  it("mentions resolve only to people who may read the record: not another workspace's member, not a deactivated one", async () => {
    const comment = await onFollowUp(
      w.thirdParty,
      `@${w.stranger.name}, @${w.deactivated.name} and @${w.usOutsider.name} should see this.`,
    );
    const event = await db().notificationEvent.findFirstOrThrow({
      where: { kind: "COMMENT_ADDED" },
      orderBy: { id: "desc" },
    });
    expect(event.payload).toEqual({ commentId: comment.id, mentioned: [] });
    await fanOutPending();
    const toldIds = (await db().notification.findMany({ where: { eventId: event.id }, select: { userId: true } })).map(
      (r) => r.userId,
    );
    for (const outsider of [w.stranger, w.deactivated, w.usOutsider, w.thirdParty])
      expect(toldIds).not.toContain(outsider.id);
  });

  it("on an agenda item: its proposer and its watchers", async () => {
    await setWatch(w.usManager, { target: "AGENDA_ITEM", targetKey: agendaItemId, watching: true });
    expect(
      await told(() =>
        addRecordComment(w.american, { target: "AGENDA_ITEM", targetId: agendaItemId, body: "Which datasets first?" }),
      ),
    ).toEqual({ korean: "COMMENT_ADDED", usManager: "COMMENT_ADDED" });
  });

  it("the notification links to the comment in its thread", async () => {
    const comment = await onFollowUp(w.korean, `@${w.usViewer.name} see the annex.`);
    await fanOutPending();
    const n = await db().notification.findFirstOrThrow({
      where: { userId: w.usViewer.id, kind: "MENTION", followUpId },
      orderBy: { id: "desc" },
      include: NOTIFICATION_INCLUDE,
    });
    expect(notificationHref(n)).toBe(`/follow-ups/${followUpId}?comments=${comment.id}#comment-${comment.id}`);
  });
});

describe("the thread", () => {
  it("shows the newest page oldest first, and earlier pages on request", async () => {
    const item = await proposeAgendaItem(w.korean, {
      committeeId: w.committeeId,
      title: "A long discussion",
      description: "",
      proposingSideId: "",
      technologyAreaId: "",
    });
    const total = THREAD_PAGE + 5;
    for (let i = 1; i <= total; i++)
      await addRecordComment(w.korean, { target: "AGENDA_ITEM", targetId: item.id, body: `Point ${i}` });
    const latest = await getCommentThread(w.american, "AGENDA_ITEM", item.id);
    expect(latest.comments.map((c) => c.body)).toEqual(Array.from({ length: THREAD_PAGE }, (_, i) => `Point ${i + 6}`));
    expect(latest.comments[0].author.name).toBe(w.korean.name);
    expect(latest.earlier).not.toBeNull();
    const all = await getCommentThread(w.american, "AGENDA_ITEM", item.id, latest.earlier!);
    expect(all.comments.map((c) => c.body)).toEqual(Array.from({ length: total }, (_, i) => `Point ${i + 1}`));
    expect(all.earlier).toBeNull();
    const fromOne = await getCommentThread(w.american, "AGENDA_ITEM", item.id, latest.comments.at(-1)!.id);
    expect(fromOne.comments.map((c) => c.body)).toEqual([`Point ${total}`]);
  });

  it("lists who can be mentioned (readers, never the writer) to those who may comment", async () => {
    const thread = await getCommentThread(w.manager, "FOLLOW_UP", followUpId);
    expect(thread.can.comment).toBe(true);
    expect(thread.mentionNames).toContain(w.usViewer.name);
    expect(thread.mentionNames).not.toContain(w.manager.name);
    expect(thread.mentionNames).not.toContain(w.deactivated.name);
    expect(thread.mentionNames).not.toContain(w.stranger.name);
  });

  it("a viewer reads the thread but may not write in it", async () => {
    const thread = await getCommentThread(w.usViewer, "FOLLOW_UP", followUpId);
    expect(thread.comments.length).toBeGreaterThan(0);
    expect(thread.can.comment).toBe(false);
    expect(thread.mentionNames).toEqual([]);
    await expectAppError(onFollowUp(w.usViewer, "Can I?"), "FORBIDDEN");
  });

  it("is not found for a member of another workspace, from every door", async () => {
    await expectAppError(getCommentThread(w.stranger, "FOLLOW_UP", followUpId), "NOT_FOUND");
    await expectAppError(getCommentThread(w.stranger, "AGENDA_ITEM", agendaItemId), "NOT_FOUND");
    await expectAppError(onFollowUp(w.stranger, "Hello"), "NOT_FOUND");
    await expectAppError(
      addRecordComment(w.stranger, { target: "AGENDA_ITEM", targetId: agendaItemId, body: "Hello" }),
      "NOT_FOUND",
    );
    // An agenda item's id is not a follow-up's: the target names the table.
    await expectAppError(getCommentThread(w.manager, "FOLLOW_UP", agendaItemId), "NOT_FOUND");
  });

  it("a comment names exactly one record (the database refuses both or neither)", async () => {
    await expect(db().recordComment.create({ data: { authorId: w.manager.id, body: "Orphan" } })).rejects.toThrow();
    await expect(
      db().recordComment.create({ data: { authorId: w.manager.id, body: "Both", followUpId, agendaItemId } }),
    ).rejects.toThrow();
  });
});
