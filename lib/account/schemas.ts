import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { timeZoneName } from "@/lib/time/schemas";

/** The language a person chose (the header's language switch). */
export const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

/** "Your sessions": the session to end (one of the person's own; others are not found). */
export const endSessionSchema = z.object({ sessionId: z.uuid() });
export type EndSessionInput = z.infer<typeof endSessionSchema>;

/** The zone a person reads every date-time in: one of the IANA zones (timeZoneNames()). */
export const setTimeZoneSchema = z.object({ timeZone: timeZoneName() });
export type SetTimeZoneInput = z.infer<typeof setTimeZoneSchema>;
