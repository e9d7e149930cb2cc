// Session times: stored as UTC instants, entered and shown in the session's time zone.

/** Offset of `timeZone` from UTC at the instant `utcMs`, in milliseconds. */
function offsetAt(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** "2026-12-01T09:30" in "Asia/Seoul" → the UTC instant. */
export function zonedToUtc(local: string, timeZone: string): Date {
  const [date, time = "00:00"] = local.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm, ss = 0] = time.split(":").map(Number);
  const guess = Date.UTC(y, m - 1, d, hh, mm, ss);
  const first = guess - offsetAt(guess, timeZone);
  // Across a DST change the offset at the result can differ from the guess's; one more pass.
  return new Date(guess - offsetAt(first, timeZone));
}

/** The instant as "YYYY-MM-DDTHH:mm" in the time zone (for datetime-local inputs). */
export function utcToZonedInput(instant: Date, timeZone: string): string {
  const local = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
  return local.toISOString().slice(0, 16);
}

export function minutesBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}

/** What a person's zone is shown in until they choose one. */
export const DEFAULT_TIME_ZONE = "UTC";

let supported: Set<string> | undefined;
const supportedZones = () => {
  supported ??= new Set(Intl.supportedValuesOf("timeZone"));
  return supported;
};

/** Every zone a person may choose: UTC, then the runtime's IANA zones (its canonical names). */
export function timeZoneNames(): string[] {
  return [DEFAULT_TIME_ZONE, ...[...supportedZones()].filter((z) => z !== DEFAULT_TIME_ZONE)];
}

/**
 * The runtime's own name for a zone ("asia/seoul" → "Asia/Seoul", "US/Eastern" →
 * "America/New_York"), or null when it is not one of `timeZoneNames()`. Browsers and Node can
 * name a zone differently (Asia/Kolkata, Asia/Calcutta), so a browser's name is resolved first.
 */
export function canonicalTimeZone(name: string): string | null {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  if (resolved === DEFAULT_TIME_ZONE || resolved === "Etc/UTC") return DEFAULT_TIME_ZONE;
  return supportedZones().has(resolved) ? resolved : null;
}

/** The calendar date ("YYYY-MM-DD") the instant falls on in the zone. */
export function localDate(instant: Date, timeZone: string): string {
  return utcToZonedInput(instant, timeZone).slice(0, 10);
}

/** "GMT+9", "GMT-5", "GMT": the zone's offset from UTC at `at` (for labels of zone lists). */
export function offsetName(timeZone: string, at: Date): string {
  const part = new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}
