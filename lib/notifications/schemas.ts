import { z } from "zod";
import { NOTIFICATION_CHANNELS, NOTIFICATION_TOPICS } from "./topics";

/** The preferences form: one channel per topic (radio groups named after the topics). */
export const preferencesSchema = z.object(
  Object.fromEntries(
    NOTIFICATION_TOPICS.map((topic) => [topic, z.enum(NOTIFICATION_CHANNELS, { error: "choose_channel" })]),
  ) as Record<(typeof NOTIFICATION_TOPICS)[number], z.ZodEnum<{ [K in (typeof NOTIFICATION_CHANNELS)[number]]: K }>>,
);
export type PreferencesInput = z.infer<typeof preferencesSchema>;

export const unsubscribeSchema = z.object({ token: z.string().trim().min(1).max(200) });

export const markNotificationReadSchema = z.object({ notificationId: z.uuid() });
