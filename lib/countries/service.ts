import "server-only";
// Countries and their workspace profiles. Brief counts and lists use the brief visibility rule.
import type { z } from "zod";
import { briefReadableSql, briefReadableWhere } from "@/lib/briefs/visibility";
import { OPEN_FOLLOW_UP_STATUSES } from "@/lib/followups/schemas";
import { Prisma } from "@/lib/generated/prisma/client";
import { countryName } from "@/lib/reference/country-names";
import type { Region } from "@/lib/reference/country-regions";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { conflict, notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import { isWatching } from "@/lib/watches/service";
import type { profileSchema } from "./schemas";

/** All countries (optionally of one region) with how many published briefs the actor may read. */
export async function listCountries(actor: Actor, locale: string, region?: Region) {
  const rows = await db().$queryRaw<{ code: string; region: string; briefs: bigint | number }[]>`
    SELECT c.code, c.region, count(b.id) AS briefs
    FROM "Country" c
    LEFT JOIN "BriefCountry" bc ON bc."countryCode" = c.code
    LEFT JOIN "Brief" b ON b.id = bc."briefId" AND b.status = 'PUBLISHED' AND ${briefReadableSql(actor)}
    ${region ? Prisma.sql`WHERE c.region = ${region}` : Prisma.empty}
    GROUP BY c.code, c.region`;
  return rows
    .map((r) => ({
      code: r.code,
      region: r.region as Region,
      name: countryName(r.code, locale),
      briefs: Number(r.briefs),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

export async function getCountry(actor: Actor, code: string) {
  const country = await db().country.findUnique({ where: { code: code.toUpperCase() } });
  if (!country) throw notFound("This country");
  const [briefs, memberships, watching, committees] = await Promise.all([
    db().brief.findMany({
      where: {
        AND: [{ status: "PUBLISHED", countries: { some: { countryCode: country.code } } }, briefReadableWhere(actor)],
      },
      select: {
        id: true,
        title: true,
        summary: true,
        distribution: true,
        publishedAt: true,
        category: true,
        institution: { select: { shortName: true } },
      },
      orderBy: { publishedAt: "desc" },
      take: 10,
    }),
    db().workspaceMembership.findMany({
      where: { userId: actor.id },
      select: {
        role: true,
        workspace: { select: { id: true, name: true, countryProfiles: { where: { countryCode: country.code } } } },
      },
      orderBy: { workspace: { name: "asc" } },
    }),
    isWatching(actor, "COUNTRY", country.code),
    db().committee.findMany({
      where: { ...committeeWhere(actor), countries: { some: { countryCode: country.code } } },
      select: {
        id: true,
        name: true,
        _count: { select: { followUps: { where: { status: { in: [...OPEN_FOLLOW_UP_STATUSES] } } } } },
      },
      orderBy: { name: "asc" },
      take: 50,
    }),
  ]);
  const profiles = memberships.map((m) => ({
    workspace: { id: m.workspace.id, name: m.workspace.name },
    canEdit: canWorkspace(m.role, "brief.create"),
    profile: m.workspace.countryProfiles[0] ?? null,
  }));
  return { country, briefs, profiles, watching, committees };
}

/** Saves a workspace's profile of a country, keeping a revision; version 0 = new profile. */
export async function saveCountryProfile(actor: Actor, input: z.infer<typeof profileSchema>) {
  return db().$transaction(async (tx) => {
    const membership = await tx.workspaceMembership.findUnique({
      where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: actor.id } },
    });
    if (!membership) throw notFound("This workspace");
    requirePermission(canWorkspace(membership.role, "brief.create"), "contributor_only");
    if (!(await tx.country.count({ where: { code: input.countryCode } }))) throw notFound("This country");
    await tx.$queryRaw`SELECT id FROM "CountryProfile" WHERE "workspaceId" = ${input.workspaceId} AND "countryCode" = ${input.countryCode} FOR UPDATE`;
    const existing = await tx.countryProfile.findUnique({
      where: { workspaceId_countryCode: { workspaceId: input.workspaceId, countryCode: input.countryCode } },
    });
    if ((existing?.version ?? 0) !== input.version) {
      throw conflict(
        "stale_profile",
        existing && {
          summary: existing.summary,
          keyAgencies: existing.keyAgencies,
          strategicTechnologies: existing.strategicTechnologies,
          version: existing.version,
        },
      );
    }
    const data = {
      summary: input.summary,
      keyAgencies: input.keyAgencies,
      strategicTechnologies: input.strategicTechnologies,
    };
    const profile = existing
      ? await tx.countryProfile.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.countryProfile.create({
          data: { ...data, workspaceId: input.workspaceId, countryCode: input.countryCode },
        });
    await tx.countryProfileRevision.create({
      data: { ...data, profileId: profile.id, version: profile.version, editorId: actor.id },
    });
    await recordAudit(tx, {
      action: "country_profile.update",
      actor,
      targetType: "country",
      targetId: input.countryCode,
      workspaceId: input.workspaceId,
      institutionId: actor.institutionId,
      metadata: { version: profile.version },
    });
    return profile;
  });
}

export async function listProfileRevisions(actor: Actor, workspaceId: string, countryCode: string) {
  const profile = await db().countryProfile.findFirst({
    where: {
      workspaceId,
      countryCode: countryCode.toUpperCase(),
      workspace: { memberships: { some: { userId: actor.id } } },
    },
  });
  if (!profile) throw notFound("This profile");
  return db().countryProfileRevision.findMany({
    where: { profileId: profile.id },
    include: { editor: { select: { name: true } } },
    orderBy: { version: "desc" },
    take: 200,
  });
}
