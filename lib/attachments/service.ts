import "server-only";
// Attachments of a brief: uploaded by those who may edit it, downloaded by those who may read it.
import { randomUUID } from "node:crypto";
import { getBrief } from "@/lib/briefs/service";
import { briefReadableWhere } from "@/lib/briefs/visibility";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { requirePermission } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import { safeFileName, sniffAttachment } from "./sniff";
import { attachmentStore } from "./storage";

// The store, sniffing and size limits, for other domains' files (consultation answers).
export { attachmentStore, safeFileName, sniffAttachment };

export async function addAttachment(actor: Actor, input: { briefId: string; file: File }) {
  const brief = await getBrief(actor, input.briefId);
  requirePermission(brief.can.edit, "cannot_edit_brief");
  if (input.file.size === 0) throw invalid("file", "file_empty");
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const sniffed = await sniffAttachment(bytes);
  if (!sniffed.ok) throw invalid("file", sniffed.error);
  const storageKey = randomUUID();
  await attachmentStore().put(storageKey, bytes, sniffed.mime);
  try {
    return await db().$transaction(async (tx) => {
      const attachment = await tx.briefAttachment.create({
        data: {
          briefId: brief.id,
          fileName: safeFileName(input.file.name, sniffed.ext),
          contentType: sniffed.mime,
          size: bytes.byteLength,
          storageKey,
          uploadedById: actor.id,
        },
      });
      await recordAudit(tx, {
        action: "brief.attachment_add",
        actor,
        targetType: "brief",
        targetId: brief.id,
        workspaceId: brief.workspaceId,
        institutionId: brief.institutionId,
        metadata: { fileName: attachment.fileName, size: attachment.size },
      });
      return attachment;
    });
  } catch (error) {
    await attachmentStore()
      .remove(storageKey)
      .catch(() => {});
    throw error;
  }
}

export async function removeAttachment(actor: Actor, input: { briefId: string; attachmentId: string }) {
  const brief = await getBrief(actor, input.briefId);
  requirePermission(brief.can.edit, "cannot_edit_brief");
  const attachment = await db().$transaction(async (tx) => {
    const found = await tx.briefAttachment.findFirst({ where: { id: input.attachmentId, briefId: brief.id } });
    if (!found) throw notFound("This attachment");
    await tx.briefAttachment.delete({ where: { id: found.id } });
    await recordAudit(tx, {
      action: "brief.attachment_remove",
      actor,
      targetType: "brief",
      targetId: brief.id,
      workspaceId: brief.workspaceId,
      institutionId: brief.institutionId,
      metadata: { fileName: found.fileName },
    });
    return found;
  });
  await attachmentStore()
    .remove(attachment.storageKey)
    .catch(() => {});
}

/** The bytes of an attachment whose brief the actor may read; 404 otherwise. */
export async function readAttachment(actor: Actor, attachmentId: string) {
  const attachment = await db().briefAttachment.findFirst({
    where: { id: attachmentId, brief: briefReadableWhere(actor) },
  });
  if (!attachment) throw notFound("This attachment");
  return { attachment, bytes: await attachmentStore().get(attachment.storageKey) };
}
