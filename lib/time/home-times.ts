// A session's time at each side's home: "10:00 Seoul · 20:00 Washington, the day before".
// A side's home is its institutions' country; a country's home zone is its capital's (one zone
// for a country that spans several, so the line stays one entry per side). Countries not listed
// here are left out of the line rather than guessed.
import { localDate, utcToZonedInput } from "./zones";

/** ISO country → the zone of its capital (the city is named in messages: timeZones.cities). */
export const HOME_ZONES: Readonly<Record<string, string>> = {
  AE: "Asia/Dubai",
  AR: "America/Argentina/Buenos_Aires",
  AT: "Europe/Vienna",
  AU: "Australia/Sydney",
  BE: "Europe/Brussels",
  BR: "America/Sao_Paulo",
  CA: "America/Toronto",
  CH: "Europe/Zurich",
  CL: "America/Santiago",
  CN: "Asia/Shanghai",
  DE: "Europe/Berlin",
  DK: "Europe/Copenhagen",
  EG: "Africa/Cairo",
  ES: "Europe/Madrid",
  FI: "Europe/Helsinki",
  FR: "Europe/Paris",
  GB: "Europe/London",
  HK: "Asia/Hong_Kong",
  ID: "Asia/Jakarta",
  IE: "Europe/Dublin",
  IL: "Asia/Jerusalem",
  IN: "Asia/Kolkata",
  IT: "Europe/Rome",
  JP: "Asia/Tokyo",
  KE: "Africa/Nairobi",
  KR: "Asia/Seoul",
  MN: "Asia/Ulaanbaatar",
  MX: "America/Mexico_City",
  MY: "Asia/Kuala_Lumpur",
  NL: "Europe/Amsterdam",
  NO: "Europe/Oslo",
  NZ: "Pacific/Auckland",
  PH: "Asia/Manila",
  PL: "Europe/Warsaw",
  RU: "Europe/Moscow",
  SA: "Asia/Riyadh",
  SE: "Europe/Stockholm",
  SG: "Asia/Singapore",
  TH: "Asia/Bangkok",
  TR: "Europe/Istanbul",
  TW: "Asia/Taipei",
  UA: "Europe/Kyiv",
  US: "America/New_York",
  VN: "Asia/Ho_Chi_Minh",
  ZA: "Africa/Johannesburg",
};

export type DayShift = "before" | "same" | "after";

export interface HomeTime {
  country: string;
  timeZone: string;
  /** "20:00", in that zone (24-hour). */
  time: string;
  /** Its calendar day against the first entry's. */
  day: DayShift;
}

/**
 * The instant at each country's home, one entry per zone, in the given order, except that the
 * entry in `firstZone` (the reader's own zone) comes first when there is one.
 */
export function homeTimes(instant: Date, countries: readonly string[], firstZone?: string | null): HomeTime[] {
  const seen = new Set<string>();
  const places: { country: string; timeZone: string }[] = [];
  for (const country of countries) {
    const timeZone = HOME_ZONES[country];
    if (!timeZone || seen.has(timeZone)) continue;
    seen.add(timeZone);
    places.push({ country, timeZone });
  }
  places.sort((a, b) => Number(b.timeZone === firstZone) - Number(a.timeZone === firstZone));
  const reference = places[0] ? localDate(instant, places[0].timeZone) : "";
  return places.map(({ country, timeZone }) => {
    const date = localDate(instant, timeZone);
    return {
      country,
      timeZone,
      time: utcToZonedInput(instant, timeZone).slice(11, 16),
      day: date < reference ? "before" : date > reference ? "after" : "same",
    };
  });
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The line in words, or "" with fewer than two homes (nothing to compare). `t` translates
 * from the root of the messages (a page's getTranslations(), a job's translator).
 */
export function homeTimesLine(
  instant: Date,
  countries: readonly string[],
  t: Translate,
  firstZone?: string | null,
): string {
  const times = homeTimes(instant, countries, firstZone);
  if (times.length < 2) return "";
  return times
    .map((h) => t("timeZones.place", { time: h.time, place: t(`timeZones.cities.${h.country}`), day: h.day }))
    .join(" · ");
}

/** What `sideCountries` reads of a committee's sides (for a query's select). */
export const SIDE_COUNTRIES_SELECT = {
  institutions: { select: { institution: { select: { countryCode: true } } } },
} as const;

/** Each side's home country, in side order: the country most of its institutions are in. */
export function sideCountries(
  sides: readonly { institutions: readonly { institution: { countryCode: string } }[] }[],
): string[] {
  return sides.flatMap((side) => {
    const counts = new Map<string, number>();
    for (const { institution } of side.institutions)
      counts.set(institution.countryCode, (counts.get(institution.countryCode) ?? 0) + 1);
    const [best] = [...counts].sort((a, b) => b[1] - a[1]);
    return best ? [best[0]] : [];
  });
}
