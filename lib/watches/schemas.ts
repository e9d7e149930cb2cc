import { z } from "zod";

export const watchSchema = z.object({
  target: z.enum(["COUNTRY", "TECHNOLOGY_AREA", "BRIEF"]),
  targetKey: z.string().trim().min(1).max(100),
  watching: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type WatchInput = z.infer<typeof watchSchema>;
