import "server-only";
// Cooperation statistics, the way the city survey counts them (docs/architecture.md):
// - organisations (the cooperating side, by name) for growth per year, organisation type and field;
// - partners (name + country) for region, country and partner type;
// - activities for modes (an activity usually has several, so mode shares add up past 100%).
// All in SQL with the membership condition inside the query.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { clock } from "@/lib/time/clock";

export interface Tally {
  key: string;
  count: number;
}

export interface CooperationStats {
  totals: { activities: number; organisations: number; partners: number; countries: number };
  perYear: { year: number; organisations: number; activities: number }[];
  byRegion: Tally[];
  byCountry: Tally[];
  byPartnerType: Tally[];
  byOrganisationType: Tally[];
  byField: Tally[];
  byMode: Tally[];
}

const ORG = Prisma.sql`lower(a.organisation)`;
const PARTNER = Prisma.sql`(lower(a.partner) || '|' || a."partnerCountryCode")`;

/** Activities the actor may read, optionally in one workspace, as a CTE named `a`. */
function scoped(actor: Actor, workspaceId?: string) {
  return Prisma.sql`WITH a AS (
    SELECT ca.* FROM "CooperationActivity" ca
    WHERE EXISTS (SELECT 1 FROM "WorkspaceMembership" m WHERE m."workspaceId" = ca."workspaceId" AND m."userId" = ${actor.id})
    ${workspaceId ? Prisma.sql`AND ca."workspaceId" = ${workspaceId}` : Prisma.empty}
  )`;
}

const tallies = (rows: { key: string; n: bigint | number }[]): Tally[] =>
  rows.map((r) => ({ key: r.key, count: Number(r.n) }));

export async function cooperationStats(
  actor: Actor,
  workspaceId?: string,
  thisYear = clock.now().getUTCFullYear(),
): Promise<CooperationStats> {
  const a = scoped(actor, workspaceId);
  const q = (body: Prisma.Sql) => db().$queryRaw<{ key: string; n: bigint | number }[]>`${a} ${body}`;
  const [totals, perYear, byRegion, byCountry, byPartnerType, byOrganisationType, byField, byMode] = await Promise.all([
    db().$queryRaw<
      {
        activities: bigint | number;
        organisations: bigint | number;
        partners: bigint | number;
        countries: bigint | number;
      }[]
    >`${a}
      SELECT count(*) AS activities, count(DISTINCT ${ORG}) AS organisations, count(DISTINCT ${PARTNER}) AS partners, count(DISTINCT a."partnerCountryCode") AS countries FROM a`,
    db().$queryRaw<{ year: number; organisations: bigint | number; activities: bigint | number }[]>`${a}
      SELECT y::int AS year, count(DISTINCT ${ORG}) AS organisations, count(a.id) AS activities
      FROM generate_series((SELECT min(extract(year FROM "startDate"))::int FROM a), ${thisYear}::int) y
      LEFT JOIN a ON extract(year FROM a."startDate") <= y AND (a."endDate" IS NULL OR extract(year FROM a."endDate") >= y)
      GROUP BY y ORDER BY y`,
    q(
      Prisma.sql`SELECT c.region AS key, count(DISTINCT ${PARTNER}) AS n FROM a JOIN "Country" c ON c.code = a."partnerCountryCode" GROUP BY 1 ORDER BY 2 DESC, 1`,
    ),
    q(
      Prisma.sql`SELECT a."partnerCountryCode" AS key, count(DISTINCT ${PARTNER}) AS n FROM a GROUP BY 1 ORDER BY 2 DESC, 1`,
    ),
    q(
      Prisma.sql`SELECT a."partnerType"::text AS key, count(DISTINCT ${PARTNER}) AS n FROM a GROUP BY 1 ORDER BY 2 DESC, 1`,
    ),
    q(
      Prisma.sql`SELECT a."organisationType"::text AS key, count(DISTINCT ${ORG}) AS n FROM a GROUP BY 1 ORDER BY 2 DESC, 1`,
    ),
    q(Prisma.sql`SELECT a.field::text AS key, count(DISTINCT ${ORG}) AS n FROM a GROUP BY 1 ORDER BY 2 DESC, 1`),
    q(
      Prisma.sql`SELECT m::text AS key, count(*) AS n FROM a CROSS JOIN LATERAL unnest(a.modes) m GROUP BY 1 ORDER BY 2 DESC, 1`,
    ),
  ]);
  const t = totals[0];
  return {
    totals: {
      activities: Number(t.activities),
      organisations: Number(t.organisations),
      partners: Number(t.partners),
      countries: Number(t.countries),
    },
    perYear: perYear.map((r) => ({
      year: r.year,
      organisations: Number(r.organisations),
      activities: Number(r.activities),
    })),
    byRegion: tallies(byRegion),
    byCountry: tallies(byCountry),
    byPartnerType: tallies(byPartnerType),
    byOrganisationType: tallies(byOrganisationType),
    byField: tallies(byField),
    byMode: tallies(byMode),
  };
}
