import "server-only";
import { countryOptions } from "@/lib/reference/country-names";
// Choices for the search filters: only what the actor already knows about (their workspaces'
// technology areas, and the institutions of people they work with).
import { areaName } from "@/lib/reference/technology-areas";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";

export async function searchFilterOptions(actor: Actor, locale: string) {
  const [areas, institutions] = await Promise.all([
    db().technologyArea.findMany({
      where: { workspace: { memberships: { some: { userId: actor.id } } } },
      select: { key: true, name: true, translations: true },
      take: 500,
    }),
    db().institution.findMany({
      where: {
        OR: [
          ...(actor.institutionId ? [{ id: actor.institutionId }] : []),
          {
            members: {
              some: { workspaceMemberships: { some: { workspace: { memberships: { some: { userId: actor.id } } } } } },
            },
          },
        ],
      },
      select: { id: true, shortName: true, name: true },
      orderBy: { shortName: "asc" },
      take: 200,
    }),
  ]);
  const byKey = new Map<string, string>();
  for (const a of areas) if (!byKey.has(a.key)) byKey.set(a.key, areaName(a, locale));
  return {
    countries: countryOptions(locale),
    areas: [...byKey.entries()]
      .map(([key, name]) => ({ key, name }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    institutions,
  };
}
