import { z } from "zod";
import { commentBody } from "@/lib/forms/comments";
import { countryCode, fileField, importIntent, multi, queryObject, urlList, version } from "@/lib/forms/schemas";
import { searchText } from "@/lib/server/text";
import { optionalIsoDate, urlDate } from "@/lib/time/schemas";
import { CATEGORIES, DISTRIBUTIONS, STATUSES } from "./vocabulary";

export const categorySchema = z.enum(CATEGORIES as [string, ...string[]], { error: "choose_category" });
export const distributionSchema = z.enum(DISTRIBUTIONS as [string, ...string[]], { error: "choose_distribution" });

const httpUrl = z
  .string()
  .trim()
  .max(2000, "max_chars:2000")
  .refine((v) => {
    try {
      const url = new URL(v);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }, "invalid_url");

export const sourceSchema = z.object({
  publisher: z.string().trim().min(1, "required").max(200, "max_chars:200"),
  title: z.string().trim().min(1, "required").max(500, "max_chars:500"),
  url: httpUrl,
  date: optionalIsoDate(),
});
export type BriefSource = z.infer<typeof sourceSchema>;

export const briefFieldsSchema = z.object({
  title: z.string().trim().min(3, "min_chars:3").max(300, "max_chars:300"),
  summary: z.string().trim().max(2000, "max_chars:2000").default(""),
  body: z.string().max(100_000, "max_chars:100000").default(""),
  category: categorySchema,
  distribution: distributionSchema,
  countries: multi(countryCode()).pipe(z.array(z.string()).min(1, "choose_country").max(20, "max_items:20")),
  areas: multi(z.uuid()).pipe(z.array(z.string()).max(13, "max_items:13")),
  recipients: multi(z.uuid()).pipe(z.array(z.string()).max(100, "max_items:100")),
  sources: z.array(sourceSchema).max(30, "max_items:30").default([]),
});
export type BriefFields = z.infer<typeof briefFieldsSchema>;

/**
 * Sources arrive from the form as parallel fields (sourcePublisher, sourceTitle, sourceUrl,
 * sourceDate, one per row); rows left entirely blank are dropped.
 */
export function sourcesFromForm(raw: Record<string, unknown>): unknown[] {
  const list = (key: string) => {
    const v = raw[key];
    return v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
  };
  const publishers = list("sourcePublisher");
  const titles = list("sourceTitle");
  const urls = list("sourceUrl");
  const dates = list("sourceDate");
  const rows = [];
  for (let i = 0; i < Math.max(publishers.length, titles.length, urls.length); i++) {
    const row = { publisher: publishers[i] ?? "", title: titles[i] ?? "", url: urls[i] ?? "", date: dates[i] ?? "" };
    if (row.publisher.trim() || row.title.trim() || row.url.trim()) rows.push(row);
  }
  return rows;
}

const withSources = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (raw) =>
      raw && typeof raw === "object" && !("sources" in raw)
        ? { ...raw, sources: sourcesFromForm(raw as Record<string, unknown>) }
        : raw,
    schema,
  );

export const createBriefSchema = withSources(briefFieldsSchema.extend({ workspaceId: z.uuid() }));
export const saveBriefSchema = withSources(briefFieldsSchema.extend({ briefId: z.uuid(), version: version() }));

export const briefStepSchema = z.object({ briefId: z.uuid(), version: version() });
export const returnBriefSchema = briefStepSchema.extend({
  comment: z.string().trim().min(3, "min_chars:3").max(4000, "max_chars:4000"),
});
export const changeDistributionSchema = briefStepSchema.extend({ distribution: distributionSchema });

/** The import form (CSV as exported, or JSON): preview first, then import. */
export const importSchema = z.object({ workspaceId: z.uuid(), file: fileField(), intent: importIntent() });

export const commentSchema = z.object({
  briefId: z.uuid(),
  body: commentBody(),
});

// The search's filters as they live in the URL (bookmarkable, shareable, saveable by name).
const searchList = <T extends z.ZodType>(item: T) => urlList(item, 50);

export const searchParamsSchema = z.object({
  q: searchText(200).default("").catch(""),
  country: searchList(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/),
  ),
  area: searchList(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,60}$/),
  ),
  category: searchList(z.enum(CATEGORIES as [string, ...string[]])),
  distribution: searchList(z.enum(DISTRIBUTIONS as [string, ...string[]])),
  status: searchList(z.enum(STATUSES as [string, ...string[]])),
  institution: z.uuid().optional().catch(undefined),
  workspace: z.uuid().optional().catch(undefined),
  from: urlDate(),
  to: urlDate(),
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
  return searchParamsSchema.parse(input instanceof URLSearchParams ? queryObject(input) : input);
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

/** GET /api/briefs/export: the search's filters and the format (anything but json is CSV). */
export const briefExportSchema = searchParamsSchema.extend({ format: z.enum(["csv", "json"]).catch("csv") });
