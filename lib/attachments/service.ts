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

/** A stored upload: what its row records. */
export interface StoredFile {
  fileName: string;
  contentType: string;
  size: number;
  storageKey: string;
}

/**
 * Checks an uploaded file (not empty, within MAX_ATTACHMENT_BYTES, a sniffed allowed type) and
 * puts its bytes in the attachment store under a random key. Brief attachments and committee
 * documents both upload through this; on a failed transaction the caller calls `discardStored`.
 */
export async function storeUploadedFile(file: File): Promise<StoredFile> {
  if (file.size === 0) throw invalid("file", "file_empty");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniffed = await sniffAttachment(bytes);
  if (!sniffed.ok) throw invalid("file", sniffed.error);
  const storageKey = randomUUID();
  await attachmentStore().put(storageKey, bytes, sniffed.mime);
  return {
    fileName: safeFileName(file.name, sniffed.ext),
    contentType: sniffed.mime,
    size: bytes.byteLength,
    storageKey,
  };
}

/** Removes stored bytes (a rolled-back upload, a deleted record); a missing file is no error. */
export async function discardStored(storageKey: string) {
  await attachmentStore()
    .remove(storageKey)
    .catch(() => {});
}

/** The stored bytes under a key (the caller has checked the reader may read its record). */
export async function readStored(storageKey: string): Promise<Uint8Array> {
  return attachmentStore().get(storageKey);
}

export async function addAttachment(actor: Actor, input: { briefId: string; file: File }) {
  const brief = await getBrief(actor, input.briefId);
  requirePermission(brief.can.edit, "cannot_edit_brief");
  const stored = await storeUploadedFile(input.file);
  const { storageKey } = stored;
  try {
    return await db().$transaction(async (tx) => {
      const attachment = await tx.briefAttachment.create({
        data: { briefId: brief.id, ...stored, uploadedById: actor.id },
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
    await discardStored(storageKey);
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
  await discardStored(attachment.storageKey);
}

/** The bytes of an attachment whose brief the actor may read; 404 otherwise. */
export async function readAttachment(actor: Actor, attachmentId: string) {
  const attachment = await db().briefAttachment.findFirst({
    where: { id: attachmentId, brief: briefReadableWhere(actor) },
  });
  if (!attachment) throw notFound("This attachment");
  return { attachment, bytes: await attachmentStore().get(attachment.storageKey) };
}
