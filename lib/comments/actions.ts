"use server";
import { authedAction } from "@/lib/server/action";
import { addRecordCommentSchema } from "./schemas";
import { addRecordComment } from "./service";

const recordPath = (input: { target: string; targetId: string }) => [
  input.target === "FOLLOW_UP" ? `/follow-ups/${input.targetId}` : `/agenda-items/${input.targetId}`,
];

export const addRecordCommentAction = authedAction(
  addRecordCommentSchema,
  async (actor, input) => {
    await addRecordComment(actor, input);
    return null;
  },
  { revalidate: recordPath },
);
