// Consultation rounds (issue 12, item 5): every form and link at its boundary.
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { fileField, multi, version } from "@/lib/forms/schemas";
import { localDateTime, timeZoneName } from "@/lib/time/schemas";

import {
  ANSWER_EVIDENCE_MAX,
  ANSWER_FILE_MAX_BYTES,
  ANSWER_TEXT_MAX,
  INVITEES_MAX,
  POSITIONS,
  QUESTION_MAX,
  SUMMARY_MAX,
} from "./limits";

export {
  ANSWER_EVIDENCE_MAX,
  ANSWER_FILE_MAX_BYTES,
  ANSWER_TEXT_MAX,
  INVITEES_MAX,
  POSITIONS,
  QUESTION_MAX,
  SUMMARY_MAX,
};

/** The token of a consultation link (32 random bytes, base64url). */
export const consultationToken = () => z.string().regex(/^[A-Za-z0-9_-]{43}$/, "link_unavailable");

/**
 * "Name <email>" or "email", one per line or separated by commas or semicolons. The pattern has
 * no nested or overlapping repetition (a name is anything but "<"), and the text and each entry
 * are bounded before it runs, so no input makes it backtrack for long.
 */
const emailLine = /^(?:([^<]*)<\s*([^<>\s]+)\s*>|([^<>\s]+))$/;
const ENTRY_MAX = 400;
export const emailList = () =>
  z
    .string()
    .max(INVITEES_MAX * ENTRY_MAX, `max_chars:${INVITEES_MAX * ENTRY_MAX}`)
    .default("")
    .transform((text, ctx) => {
      const people: { name: string; email: string }[] = [];
      for (const part of text.split(/[\n,;]+/).map((s) => s.trim())) {
        if (!part) continue;
        const match = part.length <= ENTRY_MAX ? emailLine.exec(part) : null;
        const email = (match?.[2] ?? match?.[3] ?? "").toLowerCase();
        if (!match || !z.email().safeParse(email).success) {
          ctx.addIssue({ code: "custom", message: `invalid_email_entry:${part.slice(0, 80)}` });
          return z.NEVER;
        }
        people.push({ name: (match[1] ?? "").trim().replace(/^"|"$/g, "").trim().slice(0, 200), email });
      }
      if (people.length > INVITEES_MAX) {
        ctx.addIssue({ code: "custom", message: `max_items:${INVITEES_MAX}` });
        return z.NEVER;
      }
      return people;
    });

const inviteeFields = {
  emails: emailList(),
  locale: z.enum(LOCALES, { error: "choose_language" }).default("en"),
  members: multi(z.uuid()).pipe(z.array(z.string()).max(INVITEES_MAX, `max_items:${INVITEES_MAX}`)),
};

export const openRoundSchema = z.object({
  agendaItemId: z.uuid(),
  sideId: z.union([z.literal(""), z.uuid()]).default(""),
  question: z.string().trim().min(10, "min_chars:10").max(QUESTION_MAX, `max_chars:${QUESTION_MAX}`),
  deadline: localDateTime(),
  timeZone: timeZoneName(),
  ...inviteeFields,
});

export const addInviteesSchema = z.object({ roundId: z.uuid(), ...inviteeFields });
export const roundActionSchema = z.object({ roundId: z.uuid(), version: version() });
export const revokeInviteeSchema = z.object({ roundId: z.uuid(), inviteeId: z.uuid() });
export const releaseRoundSchema = z.object({
  roundId: z.uuid(),
  version: version(),
  summary: z.string().trim().min(10, "min_chars:10").max(SUMMARY_MAX, `max_chars:${SUMMARY_MAX}`),
});

/** Evidence: web links, one per line (or separated by spaces), at most ten. */
const evidenceLinks = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/\s+/).filter(Boolean) : (v ?? [])),
  z
    .array(z.url({ protocol: /^https?$/, error: "invalid_url" }).max(1000, "max_chars:1000"))
    .max(ANSWER_EVIDENCE_MAX, `max_items:${ANSWER_EVIDENCE_MAX}`),
);

/** A file input left empty sends an empty file (its name varies by runtime): that is no file. */
const optionalFile = z.preprocess(
  (v) => (v instanceof File && v.size === 0 ? undefined : v),
  fileField()
    .refine((f) => f.size <= ANSWER_FILE_MAX_BYTES, "answer_file_too_large")
    .optional(),
);

export const answerSchema = z.object({
  token: consultationToken(),
  /** The answer's version when editing ("" for a first answer). */
  version: z.union([z.literal(""), version()]).default(""),
  organisation: z.string().trim().min(2, "min_chars:2").max(200, "max_chars:200"),
  sector: z.string().trim().min(2, "min_chars:2").max(100, "max_chars:100"),
  position: z.enum(POSITIONS, { error: "choose_position" }),
  text: z.string().trim().min(10, "min_chars:10").max(ANSWER_TEXT_MAX, `max_chars:${ANSWER_TEXT_MAX}`),
  evidence: evidenceLinks,
  file: optionalFile,
});
export type AnswerInput = z.infer<typeof answerSchema>;
