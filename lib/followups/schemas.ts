import { z } from "zod";
import { multi } from "@/lib/briefs/schemas";
import { isoDate } from "@/lib/time/schemas";

export const FOLLOW_UP_STATUSES = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"] as const;
export const PRIORITIES = ["LOW", "MEDIUM", "HIGH"] as const;

const evidence = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/\s+/).filter(Boolean) : (v ?? [])),
  z.array(z.url({ protocol: /^https?$/, error: "invalid_url" })).max(20, "max_items:20"),
);

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
  ...fields,
});

export const updateFollowUpSchema = z.object({
  followUpId: z.uuid(),
  version: z.coerce.number().int().min(1),
  ...fields,
});

export const progressSchema = z.object({
  followUpId: z.uuid(),
  version: z.coerce.number().int().min(1),
  text: z.string().trim().min(3, "min_chars:3").max(10_000, "max_chars:10000"),
  progress: z.coerce
    .number({ error: "invalid_number" })
    .int("invalid_number")
    .min(0, "invalid_number")
    .max(100, "invalid_number"),
  status: z.enum(FOLLOW_UP_STATUSES),
  evidence,
});

export const statusSchema = z.object({
  followUpId: z.uuid(),
  version: z.coerce.number().int().min(1),
  status: z.enum(FOLLOW_UP_STATUSES),
});
