import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/session";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zones";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale, localeFromAcceptLanguage } from "./locales";

// No locale in the URL: the signed-in user's saved choice wins, then the cookie set by the
// language switch, then the browser's Accept-Language.
export default getRequestConfig(async () => {
  const user = await getCurrentUser().catch(() => null);
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale: Locale = isLocale(user?.locale)
    ? user.locale
    : isLocale(cookieLocale)
      ? cookieLocale
      : (localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE);
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    // The one source of the reader's zone: every formatter and DateTime without a zone of its own
    // uses it (useTimeZone/getTimeZone). Not chosen yet: UTC, named as such.
    timeZone: user?.timeZone ?? DEFAULT_TIME_ZONE,
  };
});
