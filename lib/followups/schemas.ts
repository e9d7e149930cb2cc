import { z } from "zod";
import { fileField, importIntent, linkList, multi, urlList, version } from "@/lib/forms/schemas";
import type { FollowUpStatus } from "@/lib/generated/prisma/enums";
import { isoDate, urlDate } from "@/lib/time/schemas";

export const FOLLOW_UP_STATUSES = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"] as const;
/** Open follow-ups: every count of open or overdue follow-ups, on any page, uses this. */
export const OPEN_FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ["OPEN", "IN_PROGRESS", "BLOCKED"];
export const PRIORITIES = ["LOW", "MEDIUM", "HIGH"] as const;

const fields = {
  title: z.string().trim().min(3, "min_chars:3").max(300, "max_chars:300"),
  description: z.string().trim().max(10_000, "max_chars:10000").default(""),
  dueDate: isoDate(),
  priority: z.enum(PRIORITIES).default("MEDIUM"),
  leads: multi(z.uuid()).pipe(z.array(z.string()).min(1, "choose_lead").max(6, "max_items:6")),
  assignees: multi(z.uuid()).pipe(z.array(z.string()).max(20, "max_items:20")),
};

export const createFollowUpSchema = z.object({
  committeeId: z.uuid(),
  agendaItemId: z.union([z.literal(""), z.uuid()]).default(""),
  decisionId: z.union([z.literal(""), z.uuid()]).default(""),
  feedbackId: z.union([z.literal(""), z.uuid()]).default(""),
  consultationAnswerId: z.union([z.literal(""), z.uuid()]).optional(),
  ...fields,
});

export const updateFollowUpSchema = z.object({
  followUpId: z.uuid(),
  version: version(),
  ...fields,
});

export const progressSchema = z.object({
  followUpId: z.uuid(),
  version: version(),
  text: z.string().trim().min(3, "min_chars:3").max(10_000, "max_chars:10000"),
  progress: z.coerce
    .number({ error: "invalid_number" })
    .int("invalid_number")
    .min(0, "invalid_number")
    .max(100, "invalid_number"),
  status: z.enum(FOLLOW_UP_STATUSES),
  evidence: linkList(),
});

export const statusSchema = z.object({
  followUpId: z.uuid(),
  version: version(),
  status: z.enum(FOLLOW_UP_STATUSES),
});

/** The CSV import form of a committee: preview first, then import. */
export const followUpImportSchema = z.object({ committeeId: z.uuid(), file: fileField(), intent: importIntent() });

// The list's filters as they live in the URL (saved views store them too).
export const followUpFiltersSchema = z.object({
  committee: z.uuid().optional().catch(undefined),
  agendaItem: z.uuid().optional().catch(undefined),
  institution: z.uuid().optional().catch(undefined),
  assignee: z
    .union([z.literal("me"), z.uuid()])
    .optional()
    .catch(undefined),
  status: urlList(z.enum(FOLLOW_UP_STATUSES), 20),
  area: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  dueFrom: urlDate(),
  dueTo: urlDate(),
  overdue: z.enum(["1"]).optional().catch(undefined),
  // "<due date>|<id>" of the last row shown; the date must be a real one (it goes to SQL).
  cursor: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}\|[0-9a-f-]{36}$/)
    .refine((cursor) => isoDate().safeParse(cursor.slice(0, 10)).success)
    .optional()
    .catch(undefined),
});
export type FollowUpFilters = z.infer<typeof followUpFiltersSchema>;

export function followUpQueryString(filters: FollowUpFilters): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key === "cursor" || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.append(key, String(v));
  }
  return out.toString();
}

export const SCORECARD_CHARTS = ["status", "side", "items", "trend", "onTime", "rollup"] as const;
export type ScorecardChart = (typeof SCORECARD_CHARTS)[number];

/** GET /api/committees/:id/scorecard: one of the charts (anything else is the first). */
export const scorecardCsvSchema = z.object({ chart: z.enum(SCORECARD_CHARTS).catch("status") });

/** Nudging a follow-up's assignees (lib/followups/nudge.ts). */
export const nudgeSchema = z.object({ followUpId: z.uuid() });
