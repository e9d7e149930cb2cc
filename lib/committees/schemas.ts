import { z } from "zod";
import { countryCode, linkList, multi, version } from "@/lib/forms/schemas";
import { localDateTime, optionalIsoDate, timeZoneName } from "@/lib/time/schemas";

export const COMMITTEE_KINDS = [
  "JOINT_COMMITTEE",
  "DIALOGUE",
  "WORKING_GROUP",
  "SUMMIT",
  "FORUM",
  "IMPLEMENTATION_COMMITTEE",
] as const;
/** The kinds a sub-committee may have (issue 12, item 4). */
export const SUB_COMMITTEE_KINDS = ["IMPLEMENTATION_COMMITTEE", "WORKING_GROUP"] as const;
export const DECISION_TYPES = ["AGREED", "NOTED", "FURTHER_STUDY", "NOT_PURSUED"] as const;

const optionalDate = optionalIsoDate();

/** Up to three sides; a side counts when it has a name. */
const side = (n: number) => ({
  [`side${n}Name`]: z.string().trim().max(80, "max_chars:80").default(""),
  [`side${n}Institutions`]: multi(z.uuid()),
  [`side${n}CoChairs`]: multi(z.uuid()),
});

export const committeeSchema = z
  .object({
    workspaceId: z.uuid(),
    /** A sub-committee's parent (issue 12, item 4); "" for a committee of its own. */
    parentId: z.union([z.literal(""), z.uuid()]).default(""),
    name: z.string().trim().min(3, "min_chars:3").max(200, "max_chars:200"),
    kind: z.enum(COMMITTEE_KINDS, { error: "choose_kind" }),
    description: z.string().trim().max(4000, "max_chars:4000").default(""),
    agreementTitle: z.string().trim().max(300, "max_chars:300").default(""),
    agreementDate: optionalDate,
    countries: multi(countryCode()).pipe(z.array(z.string()).min(2, "choose_two_countries").max(10, "max_items:10")),
    ...side(1),
    ...side(2),
    ...side(3),
  })
  .transform((input, ctx) => {
    const raw = input as Record<string, unknown>;
    const sides = [1, 2, 3]
      .map((n) => ({
        name: String(raw[`side${n}Name`] ?? ""),
        institutions: raw[`side${n}Institutions`] as string[],
        coChairs: raw[`side${n}CoChairs`] as string[],
        n,
      }))
      .filter((s) => s.name);
    if (sides.length < 2) ctx.addIssue({ code: "custom", path: ["side2Name"], message: "two_sides_needed" });
    for (const s of sides)
      if (!s.institutions.length)
        ctx.addIssue({ code: "custom", path: [`side${s.n}Institutions`], message: "side_needs_institution" });
    const all = sides.flatMap((s) => s.institutions);
    if (new Set(all).size !== all.length)
      ctx.addIssue({ code: "custom", path: ["side1Institutions"], message: "institution_on_two_sides" });
    return {
      workspaceId: input.workspaceId,
      parentId: input.parentId || null,
      name: input.name,
      kind: input.kind,
      description: input.description,
      agreementTitle: input.agreementTitle,
      agreementDate: input.agreementDate,
      countries: [...new Set(input.countries)],
      sides: sides.map(({ name, institutions, coChairs }) => ({ name, institutions, coChairs })),
    };
  });
export type CommitteeInput = z.infer<typeof committeeSchema>;

const timeZone = timeZoneName();

/** Start and end as local date-times in the session's time zone (from datetime-local inputs). */
export const sessionFields = {
  title: z.string().trim().min(3, "min_chars:3").max(200, "max_chars:200"),
  startsAt: localDateTime(),
  endsAt: localDateTime(),
  timeZone,
  place: z.string().trim().max(300, "max_chars:300").default(""),
  onlineUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "invalid_url" })]).default(""),
};
export const endAfterStart = (s: { startsAt: string; endsAt: string }) => s.endsAt > s.startsAt;
export const endAfterStartError = { path: ["endsAt"], message: "end_before_start" };

export const sessionSchema = z
  .object({ committeeId: z.uuid(), ...sessionFields })
  .refine(endAfterStart, endAfterStartError);

/** Moving a planned session (time, zone, place) or renaming it. */
export const rescheduleSessionSchema = z
  .object({ sessionId: z.uuid(), version: z.coerce.number().int().min(1), ...sessionFields })
  .refine(endAfterStart, endAfterStartError);

export const agendaEntrySchema = z.object({
  sessionId: z.uuid(),
  agendaItemId: z.uuid(),
  durationMinutes: z.coerce
    .number({ error: "invalid_number" })
    .int("invalid_number")
    .min(0, "invalid_number")
    .max(1440, "invalid_number")
    .default(0),
  presenter: z.string().trim().max(200, "max_chars:200").default(""),
});

export const proposeAgendaItemSchema = z.object({
  committeeId: z.uuid(),
  title: z.string().trim().min(3, "min_chars:3").max(300, "max_chars:300"),
  description: z.string().trim().max(10_000, "max_chars:10000").default(""),
  proposingSideId: z.union([z.literal(""), z.uuid()]).default(""),
  technologyAreaId: z.union([z.literal(""), z.uuid()]).default(""),
});

export const decisionSchema = z.object({
  sessionId: z.uuid(),
  agendaItemId: z.uuid(),
  type: z.enum(DECISION_TYPES, { error: "choose_decision" }),
  text: z.string().trim().min(3, "min_chars:3").max(10_000, "max_chars:10000"),
});

export const setSessionStatusSchema = z.object({
  sessionId: z.uuid(),
  version: z.coerce.number().int(),
  status: z.enum(["PLANNED", "IN_SESSION", "HELD", "CANCELLED"]),
});

export const updateAgendaEntrySchema = agendaEntrySchema.omit({ agendaItemId: true }).extend({ entryId: z.uuid() });
export const moveAgendaEntrySchema = z.object({
  sessionId: z.uuid(),
  entryId: z.uuid(),
  direction: z.enum(["up", "down"]),
});
export const removeAgendaEntrySchema = z.object({ sessionId: z.uuid(), entryId: z.uuid() });

export const setAgendaItemStatusSchema = z.object({
  agendaItemId: z.uuid(),
  version: z.coerce.number().int(),
  status: z.enum(["PROPOSED", "ADOPTED", "IN_PROGRESS", "CONCLUDED", "WITHDRAWN", "DECLINED"]),
});
export const agendaItemSchema = z.object({ agendaItemId: z.uuid() });
export const briefLinkSchema = z.object({ agendaItemId: z.uuid(), briefId: z.uuid() });

// Minutes: the text is saved with the lock version it was based on.
export const minutesTextSchema = z.object({
  minutesId: z.uuid(),
  lockVersion: version(),
  text: z.string().max(100_000, "max_chars:100000"),
});
export const minutesStepSchema = z.object({ minutesId: z.uuid(), lockVersion: version() });
export const sessionMinutesSchema = z.object({ sessionId: z.uuid() });
export const saveMinutesSchema = minutesTextSchema.extend({ sessionId: z.uuid() });
export const setMinutesStatusSchema = minutesStepSchema.extend({
  sessionId: z.uuid(),
  status: z.enum(["CIRCULATED", "DRAFT"]),
});
/** Approve or amend: a session's minutes version. */
export const minutesVersionSchema = z.object({ sessionId: z.uuid(), minutesId: z.uuid() });

export const feedbackSchema = z.object({
  agendaItemId: z.uuid(),
  kind: z.enum(["SUPPORT", "CONCERN", "PROPOSAL"], { error: "choose_feedback_kind" }),
  text: z.string().trim().min(3, "min_chars:3").max(10_000, "max_chars:10000"),
  evidence: linkList(),
});

/** Days for a chaser (lib/notifications/chasers.ts): a whole number from 1 to 60. */
const chaserDays = z.coerce
  .number({ error: "reminder_days" })
  .int("reminder_days")
  .min(1, "reminder_days")
  .max(60, "reminder_days");

/** A committee's reminder settings: the pre-session pack and the minutes approval reminder. */
export const committeeRemindersSchema = z.object({
  committeeId: z.uuid(),
  packDaysBefore: chaserDays,
  approvalReminderDays: chaserDays,
});
export type CommitteeRemindersInput = z.infer<typeof committeeRemindersSchema>;

/** Handing a parent's decision to one of its sub-committees (issue 12, item 4). */
export const delegateDecisionSchema = z.object({
  decisionId: z.uuid(),
  subCommitteeId: z.uuid({ error: "choose_sub_committee" }),
});
export type DelegateDecisionInput = z.infer<typeof delegateDecisionSchema>;
