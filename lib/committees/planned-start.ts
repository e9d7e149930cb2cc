// Starting a session far from its planned time is usually a mistake (the wrong session, or a
// test click): the start confirmation says how far away the planned start is.
import { DAY_MS } from "@/lib/time/clock";

/** Whole days from `now` to the planned start (negative: already past), or null within a day of it. */
export function daysFromPlannedStart(planned: Date, now: Date): number | null {
  const diff = planned.getTime() - now.getTime();
  if (Math.abs(diff) <= DAY_MS) return null;
  return Math.round(diff / DAY_MS);
}

/** "in 60 days" / "3 days ago" in the reader's language, or null within a day of the plan. */
export function plannedStartDistance(planned: Date, now: Date, locale: string): string | null {
  const days = daysFromPlannedStart(planned, now);
  return days === null ? null : new Intl.RelativeTimeFormat(locale, { numeric: "always" }).format(days, "day");
}
