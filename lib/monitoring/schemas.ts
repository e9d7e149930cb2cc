import { z } from "zod";
import { urlDate } from "@/lib/time/schemas";

/** The monitoring page's period (URL); a bad date is no bound. */
export const periodSchema = z.object({
  from: urlDate(),
  to: urlDate(),
});
export type Period = z.infer<typeof periodSchema>;

export const MONITORING_CHARTS = ["heatmap", "timeline", "change30", "change90"] as const;

/** GET /api/monitoring/csv: a chart (anything else is the heatmap) over the period. */
export const monitoringCsvSchema = periodSchema.extend({ chart: z.enum(MONITORING_CHARTS).catch("heatmap") });
