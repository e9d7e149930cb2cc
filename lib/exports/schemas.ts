import { z } from "zod";

export const EXPORT_FORMATS = ["docx", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** ?format=docx|pdf on a download route (Word when absent). */
export const exportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS).default("docx") });
