import "server-only";
// Brief search in PostgreSQL, in one query with the visibility rule:
// - English: full text on "searchVector" (stemmed, weighted, GIN);
// - every word as a substring of "searchText" (pg_trgm GIN), which finds Chinese and Korean
//   inside compounds; a word with a CJK/Hangul run of two or more characters is first
//   narrowed by its bigram phrase in "searchVector" (see the search_cjk_bigrams migration),
//   because two characters give pg_trgm no trigram to look up.
// Ranked results page by keyset on (rank, id).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { queryTerms, type SearchParams } from "./search-params";
import { briefReadableSql, briefReadableWhere } from "./visibility";

export const SEARCH_PAGE_SIZE = 20;

interface Cursor {
  rank: number;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.rank, cursor.id])).toString("base64url");
}

function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    const [rank, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (typeof rank === "number" && Number.isFinite(rank) && typeof id === "string" && /^[0-9a-f-]{36}$/.test(id)) return { rank, id };
  } catch {}
  return null;
}

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filtersSql(params: SearchParams): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (params.country.length) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "BriefCountry" bc WHERE bc."briefId" = b.id AND bc."countryCode" IN (${Prisma.join(params.country)}))`);
  }
  if (params.area.length) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "BriefTechnologyArea" ba JOIN "TechnologyArea" t ON t.id = ba."areaId" WHERE ba."briefId" = b.id AND t.key IN (${Prisma.join(params.area)}))`);
  }
  if (params.category.length) parts.push(Prisma.sql`b.category::text IN (${Prisma.join(params.category)})`);
  if (params.distribution.length) parts.push(Prisma.sql`b.distribution::text IN (${Prisma.join(params.distribution)})`);
  if (params.status.length) parts.push(Prisma.sql`b.status::text IN (${Prisma.join(params.status)})`);
  if (params.institution) parts.push(Prisma.sql`b."institutionId" = ${params.institution}`);
  if (params.workspace) parts.push(Prisma.sql`b."workspaceId" = ${params.workspace}`);
  if (params.from) parts.push(Prisma.sql`coalesce(b."publishedAt", b."createdAt") >= ${params.from}::date`);
  if (params.to) parts.push(Prisma.sql`coalesce(b."publishedAt", b."createdAt") < (${params.to}::date + 1)`);
  return parts;
}

const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}/g;

/** "量子计算" → "量子 <-> 子计 <-> 计算" (a tsquery phrase); null when the term has no CJK run. */
export function cjkBigramQuery(term: string): string | null {
  const runs = term.match(CJK_RUN);
  if (!runs) return null;
  return runs
    .map((run) => {
      const chars = [...run];
      return chars.slice(0, -1).map((c, i) => c + chars[i + 1]).join(" <-> ");
    })
    .join(" & ");
}

function termSql(term: string): Prisma.Sql {
  const like = Prisma.sql`b."searchText" LIKE ${likePattern(term)}`;
  const bigrams = cjkBigramQuery(term);
  return bigrams ? Prisma.sql`(b."searchVector" @@ to_tsquery('simple', ${bigrams}) AND ${like})` : like;
}

function textSql(terms: string[], q: string) {
  if (!terms.length) return { match: Prisma.sql`TRUE`, rank: Prisma.sql`0::float8` };
  const allTerms = Prisma.join(terms.map(termSql), " AND ");
  const inTitle = Prisma.join(terms.map((t) => Prisma.sql`(CASE WHEN lower(b.title) LIKE ${likePattern(t)} THEN 1 ELSE 0 END)`), " + ");
  const bigrams = terms.map(cjkBigramQuery).filter((x): x is string => !!x);
  const english = Prisma.sql`websearch_to_tsquery('english', ${q})`;
  const rankQuery = bigrams.length ? Prisma.sql`(${english} || to_tsquery('simple', ${bigrams.join(" & ")}))` : english;
  return {
    match: Prisma.sql`(b."searchVector" @@ ${english} OR (${allTerms}))`,
    rank: Prisma.sql`(ts_rank(b."searchVector", ${rankQuery})::float8 + 0.2 * (${inTitle}))`,
  };
}

function whereSql(actor: Actor, params: SearchParams) {
  const terms = queryTerms(params.q);
  const text = textSql(terms, params.q);
  const where = Prisma.join([briefReadableSql(actor), text.match, ...filtersSql(params)], " AND ");
  return { where, rank: text.rank, terms };
}

/** One page of briefs the actor may read, best match first. */
export async function searchBriefs(actor: Actor, params: SearchParams, pageSize = SEARCH_PAGE_SIZE) {
  const { where, rank, terms } = whereSql(actor, params);
  const cursor = decodeCursor(params.cursor);
  const after = cursor ? Prisma.sql`WHERE (s.rank < ${cursor.rank} OR (s.rank = ${cursor.rank} AND s.id < ${cursor.id}))` : Prisma.empty;
  const rows = await db().$queryRaw<{ id: string; rank: number }[]>`
    SELECT s.id, s.rank FROM (SELECT b.id, ${rank} AS rank FROM "Brief" b WHERE ${where}) s
    ${after}
    ORDER BY s.rank DESC, s.id DESC
    LIMIT ${pageSize + 1}`;
  const pageRows = rows.slice(0, pageSize);
  const ids = pageRows.map((r) => r.id);
  const briefs = ids.length
    ? await db().brief.findMany({
        where: { AND: [{ id: { in: ids } }, briefReadableWhere(actor)] },
        include: {
          institution: { select: { shortName: true } },
          author: { select: { name: true } },
          workspace: { select: { id: true, name: true } },
          countries: { select: { countryCode: true } },
          areas: { select: { area: { select: { key: true, name: true, translations: true } } } },
        },
      })
    : [];
  const byId = new Map(briefs.map((b) => [b.id, b]));
  const items = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const last = pageRows[pageRows.length - 1];
  return { items, terms, nextCursor: rows.length > pageSize && last ? encodeCursor({ rank: Number(last.rank), id: last.id }) : null };
}

/** How many briefs the actor may read match the search (same rule, same query). */
export async function countBriefs(actor: Actor, params: SearchParams): Promise<number> {
  const { where } = whereSql(actor, params);
  const [row] = await db().$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM "Brief" b WHERE ${where}`;
  return Number(row?.n ?? 0);
}
