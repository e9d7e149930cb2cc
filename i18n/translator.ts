// Messages outside a request (feeds, jobs): the translator for a stored locale, e.g. the
// owner's of an iCal feed, whatever language the request that reads it asks for.
// use-intl/core (what next-intl re-exports): also loads outside Next, in scripts and benches.
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, isLocale } from "./locales";

export async function translatorFor<N extends string>(locale: string, namespace: N) {
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const messages = (await import(`../messages/${chosen}.json`)).default;
  return createTranslator({ locale: chosen, messages, namespace });
}
