import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import { parseSearchParams, toQueryString } from "./search-params";

export const saveSearchSchema = z.object({
  name: z.string().trim().min(2, "min_chars:2").max(80, "max_chars:80"),
  query: z.string().max(2000).default(""),
});
export const deleteSavedSearchSchema = z.object({ savedSearchId: z.uuid() });

export async function saveSearch(actor: Actor, input: z.infer<typeof saveSearchSchema>) {
  // Normalised through the same parser as the search page, so only valid filters are kept.
  const query = toQueryString(parseSearchParams(new URLSearchParams(input.query)));
  if (await db().savedSearch.count({ where: { userId: actor.id, name: input.name } })) throw invalid("name", "name_taken");
  return db().savedSearch.create({ data: { userId: actor.id, name: input.name, query } });
}

export async function listSavedSearches(actor: Actor) {
  return db().savedSearch.findMany({ where: { userId: actor.id }, orderBy: { name: "asc" }, take: 100 });
}

export async function deleteSavedSearch(actor: Actor, input: z.infer<typeof deleteSavedSearchSchema>) {
  const { count } = await db().savedSearch.deleteMany({ where: { id: input.savedSearchId, userId: actor.id } });
  if (!count) throw notFound("This saved search");
}
