"use server";
import { noInput } from "@/lib/forms/schemas";
import { authedAction, publicAction } from "@/lib/server/action";
import { notFound } from "@/lib/server/errors";
import { setPreferences } from "./preferences";
import { markNotificationReadSchema, preferencesSchema, unsubscribeSchema } from "./schemas";
import { markAllNotificationsRead, markNotificationRead } from "./service";
import { unsubscribe } from "./unsubscribe";

export const markNotificationReadAction = authedAction(markNotificationReadSchema, markNotificationRead, {
  revalidate: () => ["/notifications"],
});
export const markAllNotificationsReadAction = authedAction(noInput, (actor) => markAllNotificationsRead(actor), {
  revalidate: () => ["/notifications"],
});
export const setPreferencesAction = authedAction(preferencesSchema, setPreferences, {
  revalidate: () => ["/notifications/preferences"],
});
/** The confirmation page's button (the signed token is the credential; no sign-in). */
export const unsubscribeAction = publicAction(unsubscribeSchema, async ({ token }) => {
  if (!(await unsubscribe(token))) throw notFound("This link");
  return null;
});
