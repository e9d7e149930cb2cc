"use server";
import { authedAction } from "@/lib/server/action";
import { nudgeAssignees } from "./nudge";
import {
  createFollowUpSchema,
  followUpImportSchema,
  nudgeSchema,
  progressSchema,
  statusSchema,
  updateFollowUpSchema,
} from "./schemas";
import { createFollowUp, postProgress, setFollowUpStatus, updateFollowUp } from "./service";
import { importFollowUps } from "./transfer";

const paths = (input: { followUpId: string }) => [`/follow-ups/${input.followUpId}`, "/follow-ups"];

export const createFollowUpAction = authedAction(
  createFollowUpSchema,
  async (actor, input) => {
    const followUp = await createFollowUp(actor, input);
    return { id: followUp.id, href: `/follow-ups/${followUp.id}` };
  },
  {
    revalidate: (input) => [
      `/committees/${input.committeeId}`,
      ...(input.agendaItemId ? [`/agenda-items/${input.agendaItemId}`] : []),
    ],
  },
);

export const updateFollowUpAction = authedAction(updateFollowUpSchema, updateFollowUp, { revalidate: paths });
export const postProgressAction = authedAction(progressSchema, postProgress, { revalidate: paths });
export const setFollowUpStatusAction = authedAction(statusSchema, setFollowUpStatus, { revalidate: paths });

export const importFollowUpsAction = authedAction(followUpImportSchema, importFollowUps, {
  revalidate: () => ["/follow-ups"],
});

export const nudgeAssigneesAction = authedAction(nudgeSchema, nudgeAssignees, { revalidate: paths });
