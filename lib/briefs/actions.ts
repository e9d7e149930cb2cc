"use server";
import { z } from "zod";
import { addAttachment, removeAttachment, uploadSchema } from "@/lib/attachments/service";
import { authedAction } from "@/lib/server/action";
import { addComment, commentSchema } from "./comments";
import { importBriefs, importSchema } from "./import";
import { deleteSavedSearch, deleteSavedSearchSchema, saveSearch, saveSearchSchema } from "./saved-searches";
import { briefStepSchema, createBriefSchema, returnBriefSchema, saveBriefSchema } from "./schemas";
import { createBrief, publishBrief, returnBrief, saveBrief, submitBrief } from "./service";

const briefPaths = (input: { briefId: string }) => [`/briefs/${input.briefId}`, "/briefs"];

export const createBriefAction = authedAction(createBriefSchema, async (actor, input) => {
  const brief = await createBrief(actor, input as never);
  return { id: brief.id, version: brief.version, href: `/briefs/${brief.id}/edit` };
});

export const saveBriefAction = authedAction(saveBriefSchema, (actor, input) => saveBrief(actor, input as never), {
  revalidate: briefPaths,
});
export const submitBriefAction = authedAction(briefStepSchema, submitBrief, { revalidate: briefPaths });
// A returned brief is a draft again, the author's alone: the reviewer goes back to the list.
export const returnBriefAction = authedAction(returnBriefSchema, returnBrief, {
  revalidate: () => ["/briefs"],
  redirectTo: () => "/briefs",
});
export const publishBriefAction = authedAction(briefStepSchema, publishBrief, { revalidate: briefPaths });

export const addCommentAction = authedAction(
  commentSchema,
  async (actor, input) => {
    await addComment(actor, input);
    return null;
  },
  { revalidate: briefPaths },
);

export const uploadAttachmentAction = authedAction(
  uploadSchema,
  async (actor, input) => {
    const attachment = await addAttachment(actor, input);
    return { id: attachment.id, fileName: attachment.fileName };
  },
  { revalidate: briefPaths },
);

export const removeAttachmentAction = authedAction(
  z.object({ briefId: z.uuid(), attachmentId: z.uuid() }),
  removeAttachment,
  { revalidate: briefPaths },
);

export const importBriefsAction = authedAction(importSchema, importBriefs, { revalidate: () => ["/briefs"] });

export const saveSearchAction = authedAction(
  saveSearchSchema,
  async (actor, input) => {
    const saved = await saveSearch(actor, input);
    return { id: saved.id };
  },
  { revalidate: (input) => [`/${input.scope}`] },
);
export const deleteSavedSearchAction = authedAction(deleteSavedSearchSchema, deleteSavedSearch, {
  revalidate: () => ["/briefs", "/follow-ups"],
});
