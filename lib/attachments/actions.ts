"use server";
import { authedAction } from "@/lib/server/action";
import { removeAttachmentSchema, uploadSchema } from "./schemas";
import { addAttachment, removeAttachment } from "./service";

// An attachment belongs to its brief: the brief's page is what changes.
const briefPaths = (input: { briefId: string }) => [`/briefs/${input.briefId}`, "/briefs"];

export const uploadAttachmentAction = authedAction(
  uploadSchema,
  async (actor, input) => {
    const attachment = await addAttachment(actor, input);
    return { id: attachment.id, fileName: attachment.fileName };
  },
  { revalidate: briefPaths },
);

export const removeAttachmentAction = authedAction(removeAttachmentSchema, removeAttachment, {
  revalidate: briefPaths,
});
