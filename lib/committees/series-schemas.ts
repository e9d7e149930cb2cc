// Session series (issue 12, item 3): the forms' schemas (cadence, agenda template, plan next).
import { z } from "zod";
import { version } from "@/lib/forms/schemas";
import { endAfterStart, endAfterStartError, sessionFields } from "./schemas";
import { SESSION_CADENCES } from "./series-dates";

export const cadenceSchema = z.object({
  committeeId: z.uuid(),
  seriesVersion: version(),
  cadence: z.enum(SESSION_CADENCES, { error: "choose_cadence" }),
});
export type CadenceInput = z.infer<typeof cadenceSchema>;

const standingFields = {
  title: z.string().trim().min(3, "min_chars:3").max(300, "max_chars:300"),
  description: z.string().trim().max(4000, "max_chars:4000").default(""),
  durationMinutes: z.coerce
    .number({ error: "invalid_number" })
    .int("invalid_number")
    .min(0, "invalid_number")
    .max(1440, "invalid_number")
    .default(0),
  /** A checkbox: closing items ("Any other business") go after the carried-over items. */
  closing: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
};

export const addStandingItemSchema = z.object({ committeeId: z.uuid(), ...standingFields });
export const updateStandingItemSchema = z.object({
  committeeId: z.uuid(),
  standingItemId: z.uuid(),
  version: version(),
  ...standingFields,
});
export const moveStandingItemSchema = z.object({
  committeeId: z.uuid(),
  standingItemId: z.uuid(),
  direction: z.enum(["up", "down"]),
});
export const removeStandingItemSchema = z.object({
  committeeId: z.uuid(),
  standingItemId: z.uuid(),
  version: version(),
});

/** "Plan the next session" from a held one: the new session's time, place and title. */
export const planNextSessionSchema = z
  .object({ heldSessionId: z.uuid(), ...sessionFields })
  .refine(endAfterStart, endAfterStartError);
export type PlanNextSessionInput = z.infer<typeof planNextSessionSchema>;
