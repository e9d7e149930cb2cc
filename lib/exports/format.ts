// What every exported document shares: its language's words, dates written as the pages write
// them (an instant with its zone named, a due date as a date), and the header: who the copy
// was made for, its TLP label and the reuse notice that label means.
import { translatorFor } from "@/i18n/translator";
import type { Distribution } from "@/lib/generated/prisma/enums";
import { clock } from "@/lib/time/clock";
import { type ExportDocument, tlpLabel } from "./document";

export interface Reader {
  name: string;
  locale: string;
  /** The reader's institution, named in the header of every page. */
  institution: string;
}

export async function exportWords(locale: string) {
  return {
    t: await translatorFor(locale, "exports"),
    committees: await translatorFor(locale, "committees"),
    minutes: await translatorFor(locale, "minutes"),
    pack: await translatorFor(locale, "pack"),
    bulletins: await translatorFor(locale, "bulletins"),
    followUps: await translatorFor(locale, "followUps"),
    vocab: await translatorFor(locale, "vocab"),
  };
}
export type Words = Awaited<ReturnType<typeof exportWords>>;

/** An instant with its zone named, as components/ui/date-time.tsx shows it. */
export const instant = (at: Date, timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
    timeZoneName: "short",
  }).format(at);

/** A calendar date (due dates, issue dates), never shifted by a zone. */
export const calendarDate = (at: Date, locale: string, style: "medium" | "long" = "medium") =>
  new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: "UTC" }).format(at);

export function documentHeader(reader: Reader, words: Words, distribution: Distribution): ExportDocument["header"] {
  return {
    institution: reader.institution,
    label: tlpLabel(distribution),
    notice: words.t(`reuse.${distribution}`),
  };
}

/** The line that says whose copy this is and when it was made (a leaked copy names its reader). */
export const copyLine = (reader: Reader, words: Words) =>
  words.t("copyFor", {
    name: reader.name,
    institution: reader.institution,
    date: calendarDate(clock.now(), reader.locale),
  });
