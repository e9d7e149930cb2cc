"use server";
import { authedAction } from "@/lib/server/action";
import { addComment } from "./comments";
import { importBriefs } from "./import";
import {
  briefStepSchema,
  commentSchema,
  createBriefSchema,
  importSchema,
  returnBriefSchema,
  saveBriefSchema,
} from "./schemas";
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

export const importBriefsAction = authedAction(importSchema, importBriefs, { revalidate: () => ["/briefs"] });
