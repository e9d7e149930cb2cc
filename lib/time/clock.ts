// The one clock. Every piece of code that needs "now" reads it here (`clock.now()`), so that
// time is an input: tests can set it (setClockForTests) and a whole run can be shifted (CI
// runs the suite under Debian's faketime more than a year ahead). SQL receives this instant as
// a parameter rather than calling now(), so a database server's own clock never decides what
// is overdue.
let override: (() => number) | null = null;

export const DAY_MS = 86_400_000;

export const clock = {
  /** The current instant. */
  now(): Date {
    return new Date(clock.ms());
  },
  /** The current instant in milliseconds since the epoch. */
  ms(): number {
    return override ? override() : Date.now();
  },
};

/** The calendar date (midnight UTC) of an instant, the unit of due dates. */
export function today(at: Date = clock.now()): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/** The calendar date `days` away from today (or from `from`), as YYYY-MM-DD. */
export function isoDateFromToday(days: number, from: Date = clock.now()): string {
  return isoDateOf(new Date(today(from).getTime() + days * DAY_MS));
}

/** A calendar date as stored (midnight UTC) from its YYYY-MM-DD. */
export function dateFromIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The YYYY-MM-DD of a stored calendar date, or of an instant's UTC day. */
export function isoDateOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Tests only: fix the clock at an instant (or a function of real time); null restores it. */
export function setClockForTests(at: Date | (() => number) | null): void {
  override = at === null ? null : typeof at === "function" ? at : () => at.getTime();
}
