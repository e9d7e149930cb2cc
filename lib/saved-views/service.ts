import "server-only";
// Saved searches (briefs) and saved views (follow-ups): a name for a list's URL query, per
// person and per list. The query is stored as each list's own parser reads it.
import { parseSearchParams, toQueryString } from "@/lib/briefs/schemas";
import { followUpFiltersSchema, followUpQueryString } from "@/lib/followups/schemas";
import { queryObject } from "@/lib/forms/schemas";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import type { DeleteSavedSearchInput, SavedScope, SaveSearchInput } from "./schemas";

/** Only valid filters are kept: the query goes through the same parser as the list page. */
function normalise(scope: SavedScope, query: string): string {
  const params = new URLSearchParams(query);
  if (scope === "briefs") return toQueryString(parseSearchParams(params));
  return followUpQueryString(followUpFiltersSchema.parse(queryObject(params)));
}

export async function saveSearch(actor: Actor, input: SaveSearchInput) {
  const query = normalise(input.scope, input.query);
  if (await db().savedSearch.count({ where: { userId: actor.id, scope: input.scope, name: input.name } }))
    throw invalid("name", "name_taken");
  return db().savedSearch.create({ data: { userId: actor.id, scope: input.scope, name: input.name, query } });
}

export async function listSavedSearches(actor: Actor, scope: SavedScope = "briefs") {
  return db().savedSearch.findMany({ where: { userId: actor.id, scope }, orderBy: { name: "asc" }, take: 100 });
}

export async function deleteSavedSearch(actor: Actor, input: DeleteSavedSearchInput) {
  const { count } = await db().savedSearch.deleteMany({ where: { id: input.savedSearchId, userId: actor.id } });
  if (!count) throw notFound("This saved search");
}
