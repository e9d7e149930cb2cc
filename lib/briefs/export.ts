import "server-only";
// Export of a search's results: the same search query, so only what the actor may read.
import type { Actor } from "@/lib/server/actor";
import { recordsToCsv } from "@/lib/server/csv";
import { db } from "@/lib/server/db";
import { DEFAULT_TIME_ZONE, utcToZonedInput } from "@/lib/time/zones";
import type { BriefSource, SearchParams } from "./schemas";
import { searchBriefs } from "./search";
import { TLP_LABELS } from "./vocabulary";

export const EXPORT_LIMIT = 5000;

export interface ExportedBrief {
  id: string;
  title: string;
  summary: string;
  body: string;
  category: string;
  distribution: string;
  tlp: string;
  status: string;
  countries: string[];
  areas: string[];
  institution: string;
  author: string;
  publishedAt: string | null;
  sources: BriefSource[];
}

export async function exportBriefs(actor: Actor, params: SearchParams): Promise<ExportedBrief[]> {
  const out: ExportedBrief[] = [];
  let cursor: string | undefined;
  do {
    const page = await searchBriefs(actor, { ...params, cursor }, 200);
    const bodies = new Map(
      (
        await db().brief.findMany({
          where: { id: { in: page.items.map((b) => b.id) } },
          select: { id: true, body: true, sources: true },
        })
      ).map((b) => [b.id, b]),
    );
    for (const b of page.items) {
      out.push({
        id: b.id,
        title: b.title,
        summary: b.summary,
        body: bodies.get(b.id)?.body ?? "",
        category: b.category,
        distribution: b.distribution,
        tlp: TLP_LABELS[b.distribution],
        status: b.status,
        countries: b.countries.map((c) => c.countryCode),
        areas: b.areas.map((a) => a.area.key),
        institution: b.institution.shortName,
        author: b.author.name,
        publishedAt: b.publishedAt?.toISOString() ?? null,
        sources: (bodies.get(b.id)?.sources ?? []) as unknown as BriefSource[],
      });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < EXPORT_LIMIT);
  return out.slice(0, EXPORT_LIMIT);
}

const CSV_COLUMNS = [
  "id",
  "title",
  "summary",
  "body",
  "category",
  "distribution",
  "tlp",
  "status",
  "countries",
  "areas",
  "institution",
  "author",
  "publishedAt",
  "sources",
] as const;

/**
 * CSV with one row per brief (UTF-8 BOM first, for spreadsheets); lists joined by "; ",
 * sources as JSON (import reads it back). Formula-like text is neutralised by the writer.
 * The publication time is in the exporting person's zone, named in its header
 * ("publishedAt (Asia/Seoul)": "2026-12-03 10:00"), as a spreadsheet reader expects.
 */
export function briefsToCsv(rows: ExportedBrief[], timeZone: string | null = DEFAULT_TIME_ZONE): string {
  const zone = timeZone ?? DEFAULT_TIME_ZONE;
  const publishedAt = `publishedAt (${zone})`;
  const columns = CSV_COLUMNS.map((c) => (c === "publishedAt" ? publishedAt : c));
  return recordsToCsv(
    columns,
    rows.map((r) => ({
      ...r,
      countries: r.countries.join("; "),
      areas: r.areas.join("; "),
      sources: JSON.stringify(r.sources),
      [publishedAt]: r.publishedAt ? utcToZonedInput(new Date(r.publishedAt), zone).replace("T", " ") : "",
    })),
    { bom: true },
  );
}
