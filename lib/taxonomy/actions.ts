"use server";
import { authedAction } from "@/lib/server/action";
import { areaSchema, deleteAreaSchema, renameAreaSchema } from "./schemas";
import { createArea, deleteArea, renameArea } from "./service";

const paths = (input: { workspaceId: string }) => [`/workspaces/${input.workspaceId}/technology-areas`];
export const createAreaAction = authedAction(
  areaSchema,
  async (actor, input) => {
    await createArea(actor, input);
    return null;
  },
  { revalidate: paths },
);
export const renameAreaAction = authedAction(
  renameAreaSchema,
  async (actor, input) => {
    await renameArea(actor, input);
    return null;
  },
  { revalidate: paths },
);
export const deleteAreaAction = authedAction(deleteAreaSchema, deleteArea, { revalidate: paths });
