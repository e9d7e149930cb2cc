// The one date schema for every form and URL date. zod's ISO formats already refuse impossible
// dates (2023-02-30, 2023-99-99); PostgreSQL also refuses year 0 and years past 9999, and such
// a date reaching it was a server error. So: real calendar dates with a year in 1800–9999 (old
// enough for any agreement or source Accord records, within what PostgreSQL and JS agree on).
import { z } from "zod";
import { canonicalTimeZone } from "./zones";

export const MIN_YEAR = 1800;
export const MAX_YEAR = 9999;

const yearInRange = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};

/** A calendar date "YYYY-MM-DD" (due dates, issue dates, periods). */
export const isoDate = (message = "invalid_date") => z.iso.date(message).refine(yearInRange, message);

/** A calendar date or "" (optional form fields). */
export const optionalIsoDate = (message = "invalid_date") => z.union([z.literal(""), isoDate(message)]).default("");

/** A local date-time "YYYY-MM-DDTHH:mm" from a datetime-local input (session times). */
export const localDateTime = (message = "invalid_datetime") =>
  z.iso.datetime({ local: true, error: message }).refine(yearInRange, message);

/** A date in a URL filter: anything that is not a good date is simply no filter. */
export const urlDate = () => isoDate().optional().catch(undefined);

/** An IANA time zone a person or a session may use, stored under the runtime's own name
 * (lib/time/zones.ts: canonicalTimeZone); anything else is "unknown_time_zone". */
export const timeZoneName = (message = "unknown_time_zone") =>
  z
    .string()
    .trim()
    .transform((name, ctx) => {
      const zone = canonicalTimeZone(name);
      if (zone) return zone;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    });
