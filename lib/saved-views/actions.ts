"use server";
import { authedAction } from "@/lib/server/action";
import { deleteSavedSearchSchema, saveSearchSchema } from "./schemas";
import { deleteSavedSearch, saveSearch } from "./service";

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
