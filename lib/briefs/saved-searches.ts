import "server-only";
// Saved searches and views: a name for a list's URL query, per person and per list.
import { z } from "zod";
import { followUpFiltersSchema, followUpQueryString } from "@/lib/followups/list";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import { parseSearchParams, toQueryString } from "./search-params";

export const SAVED_SCOPES = ["briefs", "follow-ups"] as const;
export type SavedScope = (typeof SAVED_SCOPES)[number];

export const saveSearchSchema = z.object({
  name: z.string().trim().min(2, "min_chars:2").max(80, "max_chars:80"),
  query: z.string().max(2000).default(""),
  scope: z.enum(SAVED_SCOPES).default("briefs"),
});
export const deleteSavedSearchSchema = z.object({ savedSearchId: z.uuid() });

/** Only valid filters are kept: the query goes through the same parser as the list page. */
function normalise(scope: SavedScope, query: string): string {
  const params = new URLSearchParams(query);
  if (scope === "briefs") return toQueryString(parseSearchParams(params));
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  return followUpQueryString(followUpFiltersSchema.parse(raw));
}

export async function saveSearch(actor: Actor, input: z.infer<typeof saveSearchSchema>) {
  const query = normalise(input.scope, input.query);
  if (await db().savedSearch.count({ where: { userId: actor.id, scope: input.scope, name: input.name } }))
    throw invalid("name", "name_taken");
  return db().savedSearch.create({ data: { userId: actor.id, scope: input.scope, name: input.name, query } });
}

export async function listSavedSearches(actor: Actor, scope: SavedScope = "briefs") {
  return db().savedSearch.findMany({ where: { userId: actor.id, scope }, orderBy: { name: "asc" }, take: 100 });
}

export async function deleteSavedSearch(actor: Actor, input: z.infer<typeof deleteSavedSearchSchema>) {
  const { count } = await db().savedSearch.deleteMany({ where: { id: input.savedSearchId, userId: actor.id } });
  if (!count) throw notFound("This saved search");
}
