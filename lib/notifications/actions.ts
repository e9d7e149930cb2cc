"use server";
import { z } from "zod";
import { authedAction } from "@/lib/server/action";
import { markAllNotificationsRead, markNotificationRead } from "./service";

export const markNotificationReadAction = authedAction(z.object({ notificationId: z.uuid() }), markNotificationRead, {
  revalidate: () => ["/notifications"],
});
export const markAllNotificationsReadAction = authedAction(z.object({}), (actor) => markAllNotificationsRead(actor), {
  revalidate: () => ["/notifications"],
});
