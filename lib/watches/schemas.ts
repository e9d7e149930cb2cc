import { z } from "zod";

export const WATCH_TARGETS = ["COUNTRY", "TECHNOLOGY_AREA", "BRIEF", "COMMITTEE", "AGENDA_ITEM", "FOLLOW_UP"] as const;

export const watchSchema = z.object({
  target: z.enum(WATCH_TARGETS),
  targetKey: z.string().trim().min(1).max(100),
  watching: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type WatchInput = z.infer<typeof watchSchema>;
