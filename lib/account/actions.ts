"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { noInput } from "@/lib/forms/schemas";
import { authedAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";
import { getCurrentUser } from "@/lib/server/session";
import { endSessionSchema, localeSchema } from "./schemas";
import { endMyOtherSessions, endMySession } from "./service";

/** Remembers the language per user (and in a cookie for the sign-in pages). */
export async function setLocaleAction(locale: string): Promise<{ ok: boolean }> {
  const parsed = localeSchema.safeParse(locale);
  if (!parsed.success) return { ok: false };
  (await cookies()).set(LOCALE_COOKIE, parsed.data, {
    path: "/",
    sameSite: "lax",
    maxAge: 365 * 24 * 3600,
    httpOnly: true,
  });
  const user = await getCurrentUser();
  if (user) await db().user.update({ where: { id: user.id }, data: { locale: parsed.data } });
  return { ok: true };
}

const revalidateAccount = () => ["/account"];

/** "Your sessions": end one of my sessions, or all but this one. */
export const endSessionAction = authedAction(endSessionSchema, endMySession, { revalidate: revalidateAccount });
export const endOtherSessionsAction = authedAction(noInput, (actor) => endMyOtherSessions(actor), {
  revalidate: revalidateAccount,
});
