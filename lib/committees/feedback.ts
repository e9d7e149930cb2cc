import "server-only";
// Stakeholder feedback on an agenda item (support, concern, proposal) from either side.
import type { z } from "zod";
import { recordEvent } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import type { feedbackSchema } from "./schemas";
import { committeeAccess } from "./service";

export async function giveFeedback(actor: Actor, input: z.infer<typeof feedbackSchema>) {
  return db().$transaction(async (tx) => {
    const item = await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, committee: committeeWhere(actor) } });
    if (!item) throw notFound("This agenda item");
    const { committee } = await committeeAccess(tx, actor, item.committeeId, "feedback.create");
    const feedback = await tx.feedback.create({
      data: { agendaItemId: item.id, authorId: actor.id, kind: input.kind, text: input.text, evidence: input.evidence },
    });
    await recordAudit(tx, {
      action: "feedback.create",
      actor,
      targetType: "agenda_item",
      targetId: item.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { kind: input.kind },
    });
    await recordEvent(tx, {
      kind: "FEEDBACK_GIVEN",
      committeeId: committee.id,
      actorId: actor.id,
      agendaItemId: item.id,
      payload: { kind: input.kind },
    });
    return feedback;
  });
}

export async function listFeedback(actor: Actor, agendaItemId: string) {
  return db().feedback.findMany({
    where: { agendaItemId, agendaItem: { committee: committeeWhere(actor) } },
    include: {
      author: { select: { name: true, institution: { select: { shortName: true } } } },
      followUps: { select: { id: true, title: true, status: true } },
    },
    orderBy: { id: "asc" },
    take: 500,
  });
}
