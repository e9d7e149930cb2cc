// The search's filters as they live in the URL (bookmarkable, shareable, saveable by name).
import { z } from "zod";
import { searchText } from "@/lib/server/text";
import { urlDate } from "@/lib/time/schemas";
import { CATEGORIES, DISTRIBUTIONS, STATUSES } from "./vocabulary";

const list = <T extends z.ZodType>(item: T) =>
  z
    .preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : String(v).split(",")),
      z.array(item).max(50),
    )
    .catch([]);

const optionalDate = urlDate();

export const searchParamsSchema = z.object({
  q: searchText(200).default("").catch(""),
  country: list(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/),
  ),
  area: list(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,60}$/),
  ),
  category: list(z.enum(CATEGORIES as [string, ...string[]])),
  distribution: list(z.enum(DISTRIBUTIONS as [string, ...string[]])),
  status: list(z.enum(STATUSES as [string, ...string[]])),
  institution: z.uuid().optional().catch(undefined),
  workspace: z.uuid().optional().catch(undefined),
  from: optionalDate,
  to: optionalDate,
  // base64url of [rank, id] (lib/briefs/search.ts); anything else is no cursor.
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/)
    .optional()
    .catch(undefined),
});
export type SearchParams = z.infer<typeof searchParamsSchema>;

/** Parses Next's searchParams (string | string[]) or a URLSearchParams. */
export function parseSearchParams(
  input: Record<string, string | string[] | undefined> | URLSearchParams,
): SearchParams {
  const raw: Record<string, unknown> = {};
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) {
      const all = input.getAll(key);
      raw[key] = all.length > 1 ? all : all[0];
    }
  } else {
    Object.assign(raw, input);
  }
  return searchParamsSchema.parse(raw);
}

/** The URL query string of a search (without the cursor), in a stable order. */
export function toQueryString(params: Partial<SearchParams>): string {
  const out = new URLSearchParams();
  if (params.q) out.set("q", params.q);
  for (const key of ["country", "area", "category", "distribution", "status"] as const) {
    for (const value of params[key] ?? []) out.append(key, value);
  }
  for (const key of ["institution", "workspace", "from", "to"] as const) {
    const value = params[key];
    if (value) out.set(key, value);
  }
  return out.toString();
}

/** Words of the query: at most 8, each at most 60 characters. */
export function queryTerms(q: string): string[] {
  return q
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^["'(]+|["')]+$/g, ""))
    .filter(Boolean)
    .slice(0, 8)
    .map((t) => t.slice(0, 60));
}
