// Messages outside a request (feeds, jobs): the translator for a stored locale, e.g. the
// owner's of an iCal feed, whatever language the request that reads it asks for.
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, isLocale } from "./locales";

export async function translatorFor<N extends string>(locale: string, namespace: N) {
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const messages = (await import(`../messages/${chosen}.json`)).default;
  return createTranslator({ locale: chosen, messages, namespace });
}
