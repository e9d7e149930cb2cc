"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { noInput } from "@/lib/forms/schemas";
import { authedAction, optionalSessionAction } from "@/lib/server/action";
import { endSessionSchema, setLocaleSchema, setTimeZoneSchema } from "./schemas";
import { endMyOtherSessions, endMySession, setMyLocale, setMyTimeZone } from "./service";

/** Remembers the language per user (and in a cookie for the sign-in pages). */
export const setLocaleAction = optionalSessionAction(setLocaleSchema, async (actor, { locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    sameSite: "lax",
    maxAge: 365 * 24 * 3600,
    httpOnly: true,
  });
  if (actor) await setMyLocale(actor, locale);
  return null;
});

const revalidateAccount = () => ["/account"];

/** "Your sessions": end one of my sessions, or all but this one. */
export const endSessionAction = authedAction(endSessionSchema, endMySession, { revalidate: revalidateAccount });
export const endOtherSessionsAction = authedAction(noInput, (actor) => endMyOtherSessions(actor), {
  revalidate: revalidateAccount,
});

/** The person's time zone (the first sign-in prompt and the account page). Every page shows
 * date-times in it, so the client refreshes the whole view after success. */
export const setTimeZoneAction = authedAction(setTimeZoneSchema, setMyTimeZone, { revalidate: revalidateAccount });
