import { z } from "zod";
import { multi, version } from "@/lib/forms/schemas";
import { isoDate } from "@/lib/time/schemas";

export const bulletinSchema = z.object({
  workspaceId: z.uuid(),
  title: z.string().trim().min(3, "min_chars:3").max(200, "max_chars:200"),
  year: z.coerce
    .number({ error: "invalid_number" })
    .int("invalid_number")
    .min(1990, "invalid_number")
    .max(2100, "invalid_number"),
  numberInYear: z.coerce
    .number({ error: "invalid_number" })
    .int("invalid_number")
    .min(1, "invalid_number")
    .max(999, "invalid_number"),
  overallNumber: z.coerce
    .number({ error: "invalid_number" })
    .int("invalid_number")
    .min(1, "invalid_number")
    .max(99999, "invalid_number"),
  issueDate: isoDate(),
  editors: multi(z.uuid()).pipe(z.array(z.string()).min(1, "choose_editor").max(20, "max_items:20")),
  briefs: multi(z.uuid()).pipe(z.array(z.string()).min(1, "choose_brief").max(100, "max_items:100")),
});
export type BulletinInput = z.infer<typeof bulletinSchema>;

/** The masthead an editor sets: the series name and the highlights ("本期要目"), one per line. */
export const mastheadSchema = z.object({
  bulletinId: z.uuid(),
  version: version(),
  seriesName: z.string().trim().max(120, "max_chars:120"),
  highlights: z
    .string()
    .max(5000, "max_chars:5000")
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim().replace(/^[-*•·]\s*/, ""))
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(200, "max_chars:200")).max(12, "max_items:12")),
});
export type MastheadInput = z.infer<typeof mastheadSchema>;
