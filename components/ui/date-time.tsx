// An instant shown with its time zone named ("2 Dec 2026, 10:00 GMT+9"), so nobody has to guess
// whose clock it is. The zone is the reader's (i18n/request.ts puts the signed-in person's zone,
// or UTC until they choose one, in next-intl's config); pass `timeZone` only to show an instant
// somewhere else on purpose. Due dates are dates, not this.
import { type DateTimeFormatOptions, useFormatter, useTimeZone } from "next-intl";

export type Precision = "minute" | "second";

/** The Intl options for an instant (also inside translated sentences): in `timeZone`, or, left
 * out, in the reader's zone (next-intl's formatter applies its configured zone). */
export function dateTimeOptions(timeZone?: string, precision: Precision = "minute"): DateTimeFormatOptions {
  return {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    ...(precision === "second" ? { second: "2-digit" } : {}),
    hourCycle: "h23",
    ...(timeZone ? { timeZone } : {}),
    timeZoneName: "short",
  };
}

export function DateTime({
  value,
  timeZone,
  precision = "minute",
  className,
}: {
  value: Date;
  /** Leave out for the reader's zone. */
  timeZone?: string;
  precision?: Precision;
  className?: string;
}) {
  const format = useFormatter();
  const readerZone = useTimeZone();
  const zone = timeZone ?? readerZone ?? "UTC";
  return (
    <time dateTime={value.toISOString()} title={zone} className={className}>
      {format.dateTime(value, dateTimeOptions(zone, precision))}
    </time>
  );
}
