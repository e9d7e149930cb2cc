import "server-only";
import { briefReadableSql } from "@/lib/briefs/visibility";
import type { Dataset } from "@/lib/charts/dataset";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { DAY_MS, dateFromIso, isoDateOf, today } from "@/lib/time/clock";
import type { Period } from "./schemas";

/** The period, defaulting to the last five years up to today. */
export function resolvePeriod(input: Period) {
  const to = input.to ?? isoDateOf(today());
  const from = input.from ?? isoDateOf(new Date(dateFromIso(to).getTime() - 5 * 365 * DAY_MS));
  return { from, to };
}

const published = (actor: Actor, from: string, to: string) =>
  Prisma.sql`b.status = 'PUBLISHED' AND ${briefReadableSql(actor)} AND b."publishedAt" >= ${from}::date AND b."publishedAt" < (${to}::date + 1)`;

export interface HeatCell {
  country: string;
  area: string;
  count: number;
}

// Both aggregates read BriefFact (a narrow row per brief × country × area with the brief's
// visibility columns, kept by triggers), aliased `b` so the visibility rule applies unchanged.
// The rule's ORs make Postgres estimate a single matching row, so it would sort tens of
// thousands of rows to group them; for a few thousand groups hashing is right, hence
// `enable_sort = off` for this one transaction (measured in docs/benchmarks.md).
function aggregate<T>(query: Prisma.Sql): Promise<T[]> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_sort = off`;
    return tx.$queryRaw<T[]>(query);
  });
}

export async function countryAreaHeatmap(actor: Actor, period: { from: string; to: string }): Promise<HeatCell[]> {
  // (brief, country, area) is the primary key, so count(*) is the number of briefs.
  const rows = await aggregate<{ country: string; area: string; n: bigint | number }>(Prisma.sql`
    WITH cells AS (
      SELECT b."countryCode" AS country, b."areaId", count(*) AS n
      FROM "BriefFact" b
      WHERE b."areaId" <> '' AND ${published(actor, period.from, period.to)}
      GROUP BY 1, 2
    )
    SELECT cells.country, t.key AS area, sum(cells.n) AS n
    FROM cells JOIN "TechnologyArea" t ON t.id = cells."areaId"
    GROUP BY 1, 2`);
  return rows.map((r) => ({ country: r.country, area: r.area, count: Number(r.n) }));
}

export async function briefsPerMonth(actor: Actor, period: { from: string; to: string }, topCountries = 5) {
  const rows = await aggregate<{ month: string; country: string; n: bigint | number }>(Prisma.sql`
    SELECT to_char(date_trunc('month', b."publishedAt"), 'YYYY-MM') AS month, b."countryCode" AS country, count(*) AS n
    FROM "BriefFact" b
    WHERE b."firstOfCountry" AND ${published(actor, period.from, period.to)}
    GROUP BY 1, 2`);
  rows.sort((a, b) => a.month.localeCompare(b.month));
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.country, (totals.get(r.country) ?? 0) + Number(r.n));
  const countries = [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, topCountries)
    .map(([c]) => c);
  // Every month between the first and the last, so a quiet month shows as zero, not as a gap.
  const seen = [...new Set(rows.map((r) => r.month))].sort();
  const months = seen.length ? monthsBetween(seen[0], seen[seen.length - 1]) : [];
  const counts = new Map(rows.map((r) => [`${r.month}|${r.country}`, Number(r.n)]));
  const series = months.map((month) => {
    const point: Record<string, number | string> = { month };
    for (const c of countries) point[c] = counts.get(`${month}|${c}`) ?? 0;
    return point;
  });
  return { countries, series };
}

/** "2023-11", "2024-02" → ["2023-11", "2023-12", "2024-01", "2024-02"]. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split("-").map(Number);
  for (let month = first; month <= last && months.length < 1200; month = `${y}-${String(m).padStart(2, "0")}`) {
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

/** Countries and areas whose brief count grew most: the last `days` against the `days` before. */
export async function mostChange(actor: Actor, days: 30 | 90, limit = 5) {
  const end = new Date(today().getTime() + DAY_MS);
  const mid = new Date(end.getTime() - days * DAY_MS);
  const start = new Date(mid.getTime() - days * DAY_MS);
  const readable = briefReadableSql(actor);
  const [countries, areas] = await Promise.all([
    db().$queryRaw<{ key: string; recent: bigint | number; before: bigint | number }[]>`
      SELECT bc."countryCode" AS key,
             count(*) FILTER (WHERE b."publishedAt" >= ${mid}) AS recent,
             count(*) FILTER (WHERE b."publishedAt" < ${mid}) AS before
      FROM "Brief" b JOIN "BriefCountry" bc ON bc."briefId" = b.id
      WHERE b.status = 'PUBLISHED' AND ${readable} AND b."publishedAt" >= ${start} AND b."publishedAt" < ${end}
      GROUP BY 1`,
    db().$queryRaw<{ key: string; recent: bigint | number; before: bigint | number }[]>`
      SELECT t.key AS key,
             count(DISTINCT b.id) FILTER (WHERE b."publishedAt" >= ${mid}) AS recent,
             count(DISTINCT b.id) FILTER (WHERE b."publishedAt" < ${mid}) AS before
      FROM "Brief" b JOIN "BriefTechnologyArea" ba ON ba."briefId" = b.id JOIN "TechnologyArea" t ON t.id = ba."areaId"
      WHERE b.status = 'PUBLISHED' AND ${readable} AND b."publishedAt" >= ${start} AND b."publishedAt" < ${end}
      GROUP BY 1`,
  ]);
  const rank = (rows: { key: string; recent: bigint | number; before: bigint | number }[]) =>
    rows
      .map((r) => ({
        key: r.key,
        recent: Number(r.recent),
        before: Number(r.before),
        change: Number(r.recent) - Number(r.before),
      }))
      .filter((r) => r.recent > 0 || r.before > 0)
      .sort((a, b) => b.change - a.change || b.recent - a.recent)
      .slice(0, limit);
  return { countries: rank(countries), areas: rank(areas) };
}

/** The timeline as a chart dataset: one row per month, one series per country. */
export function timelineDataset(
  { countries, series }: Awaited<ReturnType<typeof briefsPerMonth>>,
  name: (code: string) => string,
): Dataset {
  return {
    dimension: "month",
    series: countries.map((c) => ({ key: c, label: name(c) })),
    rows: series.map((p) => ({
      key: String(p.month),
      label: String(p.month),
      values: Object.fromEntries(countries.map((c) => [c, Number(p[c])])),
    })),
  };
}
