// Comments on committee records (follow-ups and agenda items): the form and the thread's URL.
import { z } from "zod";
import { commentBody } from "@/lib/forms/comments";

export const COMMENT_TARGETS = ["FOLLOW_UP", "AGENDA_ITEM"] as const;
export type CommentTarget = (typeof COMMENT_TARGETS)[number];

export const addRecordCommentSchema = z.object({
  target: z.enum(COMMENT_TARGETS),
  targetId: z.uuid(),
  body: commentBody(),
});

/** `?comments=<id>`: show the thread from that comment on (a link to a comment, "show earlier"). */
export const threadParamsSchema = z.object({ comments: z.uuid().optional().catch(undefined) });
