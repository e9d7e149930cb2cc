// Country names in English, Chinese and Korean from i18n-iso-countries (ISO 3166-1).
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ko from "i18n-iso-countries/langs/ko.json";
import zh from "i18n-iso-countries/langs/zh.json";
import { EXTRA_COUNTRY_ALIASES } from "./country-aliases";

countries.registerLocale(en);
countries.registerLocale(zh);
countries.registerLocale(ko);

export type CountryLocale = "en" | "zh" | "ko";
const LANGS: CountryLocale[] = ["en", "zh", "ko"];

export function isKnownCountryCode(code: string): boolean {
  return countries.isValid(code) && code.length === 2;
}

export function countryName(code: string, locale: string = "en"): string {
  const lang = (["en", "zh", "ko"].includes(locale) ? locale : "en") as CountryLocale;
  return countries.getName(code, lang) ?? countries.getName(code, "en") ?? code;
}

/** All countries as { code, name } sorted by name in the given locale. */
export function countryOptions(locale: string = "en"): { code: string; name: string }[] {
  const codes = Object.keys(countries.getAlpha2Codes());
  return codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

const choicesByLocale = new Map<string, { value: string; label: string; keywords: string[] }[]>();

/**
 * Countries for a searchable list: the name in the given locale, found also by its names in
 * the other languages, common short names (EXTRA_COUNTRY_ALIASES) and its ISO code.
 */
export function countryChoices(locale: string = "en"): { value: string; label: string; keywords: string[] }[] {
  const cached = choicesByLocale.get(locale);
  if (cached) return cached;
  const names = LANGS.map((lang) => countries.getNames(lang, { select: "all" }));
  const choices = countryOptions(locale).map(({ code, name }) => ({
    value: code,
    label: name,
    keywords: [...new Set([...names.flatMap((n) => n[code] ?? []), ...(EXTRA_COUNTRY_ALIASES[code] ?? []), code])],
  }));
  choicesByLocale.set(locale, choices);
  return choices;
}
