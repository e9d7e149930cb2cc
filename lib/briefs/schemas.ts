import { z } from "zod";
import { isKnownCountryCode } from "@/lib/reference/country-names";
import { optionalIsoDate } from "@/lib/time/schemas";
import { CATEGORIES, DISTRIBUTIONS } from "./vocabulary";

/** A form field that may be sent once, several times or not at all, as an array. */
export const multi = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

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
  countries: multi(z.string().trim().toUpperCase().refine(isKnownCountryCode, "unknown_country")).pipe(
    z.array(z.string()).min(1, "choose_country").max(20, "max_items:20"),
  ),
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
export const saveBriefSchema = withSources(
  briefFieldsSchema.extend({ briefId: z.uuid(), version: z.coerce.number().int().min(1) }),
);

export const briefStepSchema = z.object({ briefId: z.uuid(), version: z.coerce.number().int().min(1) });
export const returnBriefSchema = briefStepSchema.extend({
  comment: z.string().trim().min(3, "min_chars:3").max(4000, "max_chars:4000"),
});
export const changeDistributionSchema = briefStepSchema.extend({ distribution: distributionSchema });
