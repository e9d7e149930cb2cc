import "server-only";
// The heatmap's numbers as CSV: codes for machines and names as the table shows them, in the
// reader's language, so a spreadsheet reads like the page.
import { searchFilterOptions } from "@/lib/briefs/service";
import { countryName } from "@/lib/reference/country-names";
import type { Actor } from "@/lib/server/actor";
import { toCsv } from "@/lib/server/csv";
import { countryAreaHeatmap } from "./service";

export async function heatmapCsv(actor: Actor, period: { from: string; to: string }, locale: string): Promise<string> {
  const [cells, options] = await Promise.all([countryAreaHeatmap(actor, period), searchFilterOptions(actor, locale)]);
  const areaLabel = new Map(options.areas.map((a) => [a.key, a.name]));
  return toCsv(
    ["country", "countryName", "area", "areaName", "briefs"],
    cells
      .sort((a, b) => a.country.localeCompare(b.country) || a.area.localeCompare(b.area))
      .map((c) => [c.country, countryName(c.country, locale), c.area, areaLabel.get(c.area) ?? c.area, c.count]),
    { newline: "\n" },
  );
}
