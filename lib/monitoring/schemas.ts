import { z } from "zod";
import { urlDate } from "@/lib/time/schemas";

/** The monitoring page's period (URL); a bad date is no bound. */
export const periodSchema = z.object({
  from: urlDate(),
  to: urlDate(),
});
export type Period = z.infer<typeof periodSchema>;
