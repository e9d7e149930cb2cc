import "server-only";
// Comments on a brief, with @mentions: "@Full Name" of a person who may read the brief. The
// body's limits and the mention parsing are shared with every thread (lib/forms/comments.ts).
import type { z } from "zod";
import { mentionedIds } from "@/lib/forms/comments";
import { notifyReaders, readersAmong } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { requirePermission } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { commentSchema } from "./schemas";
import { getBrief } from "./service";
import { briefReadableWhere } from "./visibility";

/** People who may be mentioned: workspace members who can read the brief. */
export async function mentionCandidates(actor: Actor, briefId: string) {
  const brief = await db().brief.findFirst({
    where: { AND: [{ id: briefId }, briefReadableWhere(actor)] },
    select: { id: true, workspaceId: true },
  });
  if (!brief) throw notFound("This brief");
  const members = await db().workspaceMembership.findMany({
    where: { workspaceId: brief.workspaceId, user: { status: "ACTIVE" } },
    select: { user: { select: { id: true, name: true } } },
    take: 500,
  });
  const readers = new Set(
    await readersAmong(
      db(),
      brief.id,
      members.map((m) => m.user.id),
    ),
  );
  return members
    .map((m) => m.user)
    .filter((u) => readers.has(u.id))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function addComment(actor: Actor, input: z.infer<typeof commentSchema>) {
  const brief = await getBrief(actor, input.briefId);
  requirePermission(brief.can.comment, "cannot_comment");
  const candidates = await mentionCandidates(actor, brief.id);
  return db().$transaction(async (tx) => {
    const comment = await tx.briefComment.create({ data: { briefId: brief.id, authorId: actor.id, body: input.body } });
    const mentioned = mentionedIds(input.body, candidates);
    await notifyReaders(tx, { briefId: brief.id, kind: "MENTION", actorId: actor.id, userIds: mentioned });
    return comment;
  });
}

export async function listComments(actor: Actor, briefId: string) {
  await getBrief(actor, briefId);
  return db().briefComment.findMany({
    where: { briefId, brief: briefReadableWhere(actor) },
    include: { author: { select: { name: true, institution: { select: { shortName: true } } } } },
    orderBy: { id: "asc" },
    take: 500,
  });
}
