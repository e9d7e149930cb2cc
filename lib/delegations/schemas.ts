// The boundaries of the delegation forms and the answer link (zod; codes as in lib/committees/schemas.ts).
import { z } from "zod";
import { version } from "@/lib/forms/schemas";
import { ANSWERS, ATTENDANCE } from "./transitions";

export const CONTACT_LOCALES = ["en", "zh", "ko"] as const;

const role = z.string().trim().max(120, "max_chars:120").default("");

export const contactFields = {
  name: z.string().trim().min(2, "min_chars:2").max(200, "max_chars:200"),
  organisation: z.string().trim().max(200, "max_chars:200").default(""),
  title: z.string().trim().max(200, "max_chars:200").default(""),
  email: z.string().trim().pipe(z.email("email_invalid").max(254, "max_chars:254")),
  locale: z.enum(CONTACT_LOCALES, { error: "choose_language" }).default("en"),
};

export const contactSchema = z.object(contactFields);
export type ContactInput = z.infer<typeof contactSchema>;
/** Edits a contact (the same fields, checked against the version the form was opened with). */
export const updateContactSchema = contactSchema.extend({ contactId: z.uuid(), version: version() });
export const deleteContactSchema = z.object({ contactId: z.uuid(), version: version() });

/** Adds a member (an account) to one side's delegation. */
export const addMemberSchema = z.object({
  sessionId: z.uuid(),
  sideId: z.uuid(),
  userId: z.uuid({ error: "choose_person" }),
  role,
});

/** Adds a contact of the actor's institution, or a new one typed inline (contactId empty). */
export const addContactSchema = z
  .object({
    sessionId: z.uuid(),
    sideId: z.uuid(),
    contactId: z.union([z.literal(""), z.uuid()]).default(""),
    role,
    name: z.string().trim().max(200, "max_chars:200").default(""),
    organisation: contactFields.organisation,
    title: contactFields.title,
    email: z.string().trim().max(320, "max_chars:320").default(""),
    locale: contactFields.locale,
  })
  .transform((input, ctx) => {
    if (input.contactId) return { ...input, contact: null };
    const parsed = contactSchema.safeParse(input);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return { ...input, contact: parsed.success ? parsed.data : null };
  });

export const memberRefSchema = z.object({ sessionId: z.uuid(), memberId: z.uuid() });
export const removeMemberSchema = memberRefSchema.extend({ version: version() });
export const sendInvitationsSchema = z.object({ sessionId: z.uuid(), sideId: z.uuid() });
export const attendanceSchema = memberRefSchema.extend({ version: version(), status: z.enum(ATTENDANCE) });
export const answerInAppSchema = memberRefSchema.extend({ version: version(), status: z.enum(ANSWERS) });
export const answerByLinkSchema = z.object({
  // 32 random bytes, base64url (lib/server/link-tokens.ts).
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "link_gone"),
  status: z.enum(ANSWERS, { error: "choose_answer" }),
});
export const contactsPageSchema = z.object({ cursor: z.string().max(100).optional() });
