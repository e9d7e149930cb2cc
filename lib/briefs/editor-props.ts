import "server-only";
import { countryChoices } from "@/lib/reference/country-names";
import { areaName } from "@/lib/reference/technology-areas";
import type { Actor } from "@/lib/server/actor";
import { briefFormOptions } from "./service";

/** Choices the brief editor needs for a workspace, in the reader's language. */
export async function editorOptions(actor: Actor, workspaceId: string, locale: string) {
  const options = await briefFormOptions(actor, workspaceId);
  return {
    countries: countryChoices(locale),
    areas: options.areas.map((a) => ({ id: a.id, name: areaName(a, locale) })),
    members: options.members.map((m) => ({ id: m.id, name: m.name, institution: m.institution?.shortName ?? "" })),
  };
}
