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
import type { SearchParams } from "./schemas";
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
    if (typeof rank === "number" && Number.isFinite(rank) && typeof id === "string" && /^[0-9a-f-]{36}$/.test(id))
      return { rank, id };
  } catch {}
  return null;
}

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filtersSql(params: SearchParams): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (params.country.length) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "BriefCountry" bc WHERE bc."briefId" = b.id AND bc."countryCode" IN (${Prisma.join(params.country)}))`,
    );
  }
  if (params.area.length) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "BriefTechnologyArea" ba JOIN "TechnologyArea" t ON t.id = ba."areaId" WHERE ba."briefId" = b.id AND t.key IN (${Prisma.join(params.area)}))`,
    );
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

/**
 * "量子计算" → "量子 <-> 子计 <-> 计算" (a tsquery phrase, for ranking) or, with `all`,
 * "量子 & 子计 & 计算" (for matching); null when the term has no CJK run.
 */
export function cjkBigramQuery(term: string, join: "phrase" | "all" = "phrase"): string | null {
  const runs = term.match(CJK_RUN);
  if (!runs) return null;
  return runs
    .map((run) => {
      const chars = [...run];
      return chars
        .slice(0, -1)
        .map((c, i) => c + chars[i + 1])
        .join(join === "phrase" ? " <-> " : " & ");
    })
    .join(" & ");
}

const HAS_CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;

const PURE_CJK_WORD = /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}$/;

/**
 * A Chinese/Japanese/Korean word. Two or more CJK characters: all of its bigrams, which the
 * tsvector index answers without reading the rows (a phrase query would make Postgres re-read
 * every candidate's large vector for positions: measured twice as slow at 100,000 briefs).
 * Exact for two characters; for longer words a brief could hold each bigram apart without
 * the word, which is rare, and exact matches rank first (phrase rank on "searchHead").
 * A single character, or a word mixing scripts ("AI芯片"): a substring match on "searchText"
 * (pg_trgm), narrowed by the bigrams it has.
 */
function cjkTermSql(term: string): Prisma.Sql {
  const bigrams = cjkBigramQuery(term, "all");
  const phrase = bigrams ? Prisma.sql`b."searchVector" @@ to_tsquery('simple', ${bigrams})` : null;
  if (phrase && PURE_CJK_WORD.test(term)) return phrase;
  const like = Prisma.sql`b."searchText" LIKE ${likePattern(term)}`;
  return phrase ? Prisma.sql`(${phrase} AND ${like})` : like;
}

/**
 * Other words: English full text, stemmed, each word also as a prefix ("semicond" finds
 * "semiconductors"); only letters and digits reach to_tsquery, so input cannot break it.
 */
export function englishQuery(words: string[]): string {
  return words
    .flatMap((w) => w.split(/[^\p{L}\p{N}]+/u))
    .filter(Boolean)
    .map((w) => (w.length >= 3 ? `${w}:*` : w))
    .join(" & ");
}

function textSql(terms: string[]) {
  if (!terms.length) return { match: Prisma.sql`TRUE`, rank: Prisma.sql`0::float8` };
  const cjk = terms.filter((t) => HAS_CJK.test(t));
  const english = englishQuery(terms.filter((t) => !HAS_CJK.test(t)));
  const englishTsq = Prisma.sql`to_tsquery('english', ${english})`;
  const parts = [...(english ? [Prisma.sql`b."searchVector" @@ ${englishTsq}`] : []), ...cjk.map(cjkTermSql)];
  const bigrams = cjk.map((t) => cjkBigramQuery(t)).filter((x): x is string => !!x);
  const bigramTsq = Prisma.sql`to_tsquery('simple', ${bigrams.join(" & ")})`;
  const rankQuery =
    english && bigrams.length
      ? Prisma.sql`(${englishTsq} || ${bigramTsq})`
      : english
        ? englishTsq
        : bigrams.length
          ? bigramTsq
          : null;
  const inTitle = Prisma.join(
    terms.map((t) => Prisma.sql`(CASE WHEN lower(b.title) LIKE ${likePattern(t)} THEN 1 ELSE 0 END)`),
    " + ",
  );
  return {
    match: parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`FALSE`,
    // Ranked on title + summary ("searchHead": small, so cheap to read for every match) plus a
    // bonus per word in the title; body-only matches follow, newest first.
    rank: rankQuery
      ? Prisma.sql`(ts_rank(b."searchHead", ${rankQuery})::float8 + 0.2 * (${inTitle}))`
      : Prisma.sql`(0.2 * (${inTitle}))::float8`,
  };
}

function whereSql(actor: Actor, params: SearchParams) {
  const terms = queryTerms(params.q);
  const text = textSql(terms);
  const where = Prisma.join([briefReadableSql(actor), text.match, ...filtersSql(params)], " AND ");
  return { where, rank: text.rank, terms };
}

/** One page of briefs the actor may read, best match first. */
export async function searchBriefs(actor: Actor, params: SearchParams, pageSize = SEARCH_PAGE_SIZE) {
  const { where, rank, terms } = whereSql(actor, params);
  const cursor = decodeCursor(params.cursor);
  const after = cursor
    ? Prisma.sql`WHERE (s.rank < ${cursor.rank} OR (s.rank = ${cursor.rank} AND s.id < ${cursor.id}))`
    : Prisma.empty;
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
  return {
    items,
    terms,
    nextCursor: rows.length > pageSize && last ? encodeCursor({ rank: Number(last.rank), id: last.id }) : null,
  };
}

/** Counting stops here: "more than 1,000" is all a reader needs, and it bounds the work. */
export const COUNT_CAP = 1000;

/** How many briefs the actor may read match the search (same rule, same query), up to the cap. */
export async function countBriefs(
  actor: Actor,
  params: SearchParams,
  cap = COUNT_CAP,
): Promise<{ total: number; exact: boolean }> {
  const { where } = whereSql(actor, params);
  const [row] = await db().$queryRaw<
    { n: bigint | number }[]
  >`SELECT count(*) AS n FROM (SELECT 1 FROM "Brief" b WHERE ${where} LIMIT ${cap + 1}) capped`;
  const n = Number(row?.n ?? 0);
  return n > cap ? { total: cap, exact: false } : { total: n, exact: true };
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
