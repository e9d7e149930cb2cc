// An instant shown with its time zone named ("2 Dec 2026, 10:00 GMT+9"), so nobody has to guess
// whose clock it is. The zone comes only from the `timeZone` argument: a session's own zone
// where there is one, else UTC (later, the reader's chosen zone). Due dates are dates, not this.
import { type DateTimeFormatOptions, useFormatter } from "next-intl";

export type Precision = "minute" | "second";

/** The Intl options for an instant in a zone (also for instants inside translated sentences). */
export function dateTimeOptions(timeZone: string, precision: Precision = "minute"): DateTimeFormatOptions {
  return {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    ...(precision === "second" ? { second: "2-digit" } : {}),
    hourCycle: "h23",
    timeZone,
    timeZoneName: "short",
  };
}

export function DateTime({
  value,
  timeZone = "UTC",
  precision = "minute",
  className,
}: {
  value: Date;
  timeZone?: string;
  precision?: Precision;
  className?: string;
}) {
  const format = useFormatter();
  return (
    <time dateTime={value.toISOString()} title={timeZone} className={className}>
      {format.dateTime(value, dateTimeOptions(timeZone, precision))}
    </time>
  );
}
