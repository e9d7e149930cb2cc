"use server";
import { noInput } from "@/lib/forms/schemas";
import { authedAction } from "@/lib/server/action";
import { markNotificationReadSchema } from "./schemas";
import { markAllNotificationsRead, markNotificationRead } from "./service";

export const markNotificationReadAction = authedAction(markNotificationReadSchema, markNotificationRead, {
  revalidate: () => ["/notifications"],
});
export const markAllNotificationsReadAction = authedAction(noInput, (actor) => markAllNotificationsRead(actor), {
  revalidate: () => ["/notifications"],
});
