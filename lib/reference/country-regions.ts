// Continents of ISO 3166-1 countries, from the maintained `countries-list` package.
import { countries as countryData } from "countries-list";
import { isKnownCountryCode } from "./country-names";

export const REGIONS = ["AF", "AN", "AS", "EU", "NA", "OC", "SA"] as const;
export type Region = (typeof REGIONS)[number];

/** Every country both packages know, with its continent. */
export function countryRegions(): { code: string; region: Region }[] {
  return Object.entries(countryData)
    .filter(([code]) => isKnownCountryCode(code))
    .map(([code, data]) => ({ code, region: data.continent as Region }));
}
