// Session series (issue 12, item 3), the pure part: when the next session is due and what it
// is called. Shared by the server (planNextSession, the home page, the chaser) and the tests.
import type { SessionCadence } from "@/lib/generated/prisma/enums";
import { utcToZonedInput, zonedToUtc } from "@/lib/time/zones";

export const SESSION_CADENCES = [
  "NONE",
  "MONTHLY",
  "QUARTERLY",
  "HALF_YEARLY",
  "YEARLY",
] as const satisfies readonly SessionCadence[];

/** Months between two sessions of a cadence (NONE: none). */
export const CADENCE_MONTHS: Record<SessionCadence, number> = {
  NONE: 0,
  MONTHLY: 1,
  QUARTERLY: 3,
  HALF_YEARLY: 6,
  YEARLY: 12,
};

/** Without a cadence, "plan the next session" proposes the same day a year later. */
export const DEFAULT_PLAN_MONTHS = 12;

/**
 * The instant `months` calendar months after `instant`, at the same local time in `timeZone`.
 * A day the target month lacks becomes its last day (31 Jan + 1 month = 28/29 Feb).
 */
export function addMonthsInZone(instant: Date, months: number, timeZone: string): Date {
  const local = utcToZonedInput(instant, timeZone); // YYYY-MM-DDTHH:mm
  const [y, m, d] = local.slice(0, 10).split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12; // 0-based
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return zonedToUtc(`${pad(year, 4)}-${pad(month + 1)}-${pad(day)}T${local.slice(11, 16)}`, timeZone);
}

/** When the next session is due: one cadence interval after the last held session's start, in
 * that session's zone; null without a cadence. */
export function nextDueAt(lastHeldStart: Date, cadence: SessionCadence, timeZone: string): Date | null {
  const months = CADENCE_MONTHS[cadence];
  return months ? addMonthsInZone(lastHeldStart, months, timeZone) : null;
}

/** Where "plan the next session" starts: the due date, else a year after the held session. */
export function proposedStart(heldStart: Date, cadence: SessionCadence, timeZone: string): Date {
  return nextDueAt(heldStart, cadence, timeZone) ?? addMonthsInZone(heldStart, DEFAULT_PLAN_MONTHS, timeZone);
}

const englishSuffix = (n: number) => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return "th";
  return ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
};

// The first ordinal in a title: English "21st", Chinese "第21次/届/轮/期", Korean "제21차/회" or "21차".
const ORDINALS: { pattern: RegExp; next: (m: RegExpExecArray) => string }[] = [
  { pattern: /第\s*(\d+)\s*(次|届|轮|期)/, next: (m) => `第${Number(m[1]) + 1}${m[2]}` },
  { pattern: /제\s*(\d+)\s*(차|회)/, next: (m) => `제${Number(m[1]) + 1}${m[2]}` },
  { pattern: /(\d+)\s*(차|회)(?=\s|$)/, next: (m) => `${Number(m[1]) + 1}${m[2]}` },
  {
    pattern: /\b(\d+)(st|nd|rd|th)\b/i,
    next: (m) => {
      const n = Number(m[1]) + 1;
      const suffix = englishSuffix(n);
      return `${n}${m[2] === m[2].toUpperCase() ? suffix.toUpperCase() : suffix}`;
    },
  },
];

/** The held session's title with its ordinal bumped ("21st" → "22nd", "第21次" → "第22次",
 * "제21차" → "제22차"), or null when it has none. */
export function bumpOrdinal(title: string): string | null {
  for (const { pattern, next } of ORDINALS) {
    const m = pattern.exec(title);
    if (m) return title.slice(0, m.index) + next(m) + title.slice(m.index + m[0].length);
  }
  return null;
}

/** Whole days from `now` to `due` (negative: overdue), counted on UTC days. */
export function daysUntil(due: Date, now: Date): number {
  const day = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((day(due) - day(now)) / 86_400_000);
}

/** The home page shows a committee whose next session is due within this many days (or overdue). */
export const HOME_DUE_WINDOW_DAYS = 60;
/** The chaser tells managers and co-chairs this many days before the due date, and once overdue. */
export const CHASER_DUE_SOON_DAYS = 30;
