import { z } from "zod";

/** The lists a search or view can be saved for. */
export const SAVED_SCOPES = ["briefs", "follow-ups"] as const;
export type SavedScope = (typeof SAVED_SCOPES)[number];

export const saveSearchSchema = z.object({
  name: z.string().trim().min(2, "min_chars:2").max(80, "max_chars:80"),
  query: z.string().max(2000).default(""),
  scope: z.enum(SAVED_SCOPES).default("briefs"),
});
export const deleteSavedSearchSchema = z.object({ savedSearchId: z.uuid() });
export type SaveSearchInput = z.infer<typeof saveSearchSchema>;
export type DeleteSavedSearchInput = z.infer<typeof deleteSavedSearchSchema>;
