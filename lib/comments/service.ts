import "server-only";
// Threads of comments on follow-ups and agenda items, with @mentions. Whoever may read the
// record (a member of the committee's workspace) reads its thread; contributors and managers
// write in it. Comments are append-only, like brief comments. Each new comment records a
// COMMENT_ADDED event in its transaction; the notification job tells the mentioned and the
// thread's participants (lib/notifications/recipients.ts).
import type { z } from "zod";
import { committeeAccess } from "@/lib/committees/service";
import { mentionedIds } from "@/lib/forms/comments";
import { recordEvent } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { db, type Tx } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import type { addRecordCommentSchema, CommentTarget } from "./schemas";

/** Comments shown at once, and added by each "show earlier". */
export const THREAD_PAGE = 20;
/** A thread shown from a given comment on stops after this many (links land near the end). */
const THREAD_MAX = 200;

const threadOf = (target: CommentTarget, id: string) =>
  target === "FOLLOW_UP" ? { followUpId: id } : { agendaItemId: id };

/** The record's committee and the actor's role in its workspace; 404 out of scope. */
async function recordAccess(tx: Tx, actor: Actor, target: CommentTarget, id: string) {
  const where = { id, committee: committeeWhere(actor) };
  const select = { committeeId: true } as const;
  const record =
    target === "FOLLOW_UP"
      ? await tx.followUp.findFirst({ where, select })
      : await tx.agendaItem.findFirst({ where, select });
  if (!record) throw notFound(target === "FOLLOW_UP" ? "This follow-up" : "This agenda item");
  const { committee, role } = await committeeAccess(tx, actor, record.committeeId);
  return { committee, role };
}

/** Who may be mentioned: the record's readers, i.e. active members of the committee's workspace. */
async function mentionable(tx: Tx, workspaceId: string) {
  const members = await tx.workspaceMembership.findMany({
    where: { workspaceId, user: { status: "ACTIVE" } },
    select: { user: { select: { id: true, name: true } } },
    take: 500,
  });
  return members.map((m) => m.user).sort((a, b) => a.name.localeCompare(b.name));
}

const AUTHOR = { select: { id: true, name: true, institution: { select: { shortName: true } } } } as const;

/**
 * A page of the thread, oldest first: the newest THREAD_PAGE comments, or (`from`) every
 * comment from that one on. `earlier` is the `from` that shows THREAD_PAGE more, or null.
 */
export async function getCommentThread(actor: Actor, target: CommentTarget, id: string, from?: string) {
  const { committee, role } = await recordAccess(db(), actor, target, id);
  const thread = threadOf(target, id);
  const shown = from
    ? await db().recordComment.findMany({
        where: { ...thread, id: { gte: from } },
        include: { author: AUTHOR },
        orderBy: { id: "asc" },
        take: THREAD_MAX,
      })
    : (
        await db().recordComment.findMany({
          where: thread,
          include: { author: AUTHOR },
          orderBy: { id: "desc" },
          take: THREAD_PAGE,
        })
      ).reverse();
  const before = shown.length
    ? await db().recordComment.findMany({
        where: { ...thread, id: { lt: shown[0].id } },
        select: { id: true },
        orderBy: { id: "desc" },
        take: THREAD_PAGE,
      })
    : [];
  const canComment = canWorkspace(role, "comment.create");
  return {
    comments: shown,
    earlier: before.at(-1)?.id ?? null,
    can: { comment: canComment },
    mentionNames: canComment
      ? (await mentionable(db(), committee.workspaceId)).filter((u) => u.id !== actor.id).map((u) => u.name)
      : [],
  };
}

export async function addRecordComment(actor: Actor, input: z.infer<typeof addRecordCommentSchema>) {
  return db().$transaction(async (tx) => {
    const { committee, role } = await recordAccess(tx, actor, input.target, input.targetId);
    requirePermission(canWorkspace(role, "comment.create"), "cannot_comment_committee");
    const mentioned = mentionedIds(input.body, await mentionable(tx, committee.workspaceId)).filter(
      (userId) => userId !== actor.id,
    );
    const comment = await tx.recordComment.create({
      data: { ...threadOf(input.target, input.targetId), authorId: actor.id, body: input.body },
    });
    await recordAudit(tx, {
      action: "comment.create",
      actor,
      targetType: input.target === "FOLLOW_UP" ? "follow_up" : "agenda_item",
      targetId: input.targetId,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { commentId: comment.id, mentioned: mentioned.length },
    });
    const payload = { commentId: comment.id, mentioned };
    const base = { kind: "COMMENT_ADDED" as const, committeeId: committee.id, actorId: actor.id, payload };
    await recordEvent(
      tx,
      input.target === "FOLLOW_UP"
        ? { ...base, followUpId: input.targetId }
        : { ...base, agendaItemId: input.targetId },
    );
    return comment;
  });
}
