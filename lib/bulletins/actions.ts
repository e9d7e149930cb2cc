"use server";
import { authedAction } from "@/lib/server/action";
import { bulletinSchema } from "./schemas";
import { createBulletin } from "./service";

export const createBulletinAction = authedAction(
  bulletinSchema,
  async (actor, input) => {
    const bulletin = await createBulletin(actor, input);
    return { id: bulletin.id, href: `/bulletins/${bulletin.id}` };
  },
  { revalidate: (input) => [`/workspaces/${input.workspaceId}/bulletins`] },
);
