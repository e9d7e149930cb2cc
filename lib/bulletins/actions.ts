"use server";
import { authedAction } from "@/lib/server/action";
import { bulletinSchema, mastheadSchema } from "./schemas";
import { createBulletin, saveMasthead } from "./service";

export const createBulletinAction = authedAction(
  bulletinSchema,
  async (actor, input) => {
    const bulletin = await createBulletin(actor, input);
    return { id: bulletin.id, href: `/bulletins/${bulletin.id}` };
  },
  { revalidate: (input) => [`/workspaces/${input.workspaceId}/bulletins`] },
);

export const saveMastheadAction = authedAction(
  mastheadSchema,
  async (actor, input) => {
    await saveMasthead(actor, input);
    return null;
  },
  { revalidate: (input) => [`/bulletins/${input.bulletinId}`] },
);
