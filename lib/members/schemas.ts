import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { emailSchema } from "@/lib/auth/schemas";
import { searchText } from "@/lib/server/text";

export const institutionRoleSchema = z.enum(["ADMIN", "MEMBER"], { error: "choose_role" });

/** The language of an invitation email (the invitee has no account to take it from). */
export const invitationLocaleSchema = z.enum(LOCALES, { error: "choose_language" });

export const inviteMemberSchema = z.object({
  email: emailSchema,
  role: institutionRoleSchema,
  locale: invitationLocaleSchema,
});

export const changeMemberRoleSchema = z.object({
  userId: z.uuid(),
  role: institutionRoleSchema,
});

export const memberIdSchema = z.object({ userId: z.uuid() });
export const invitationIdSchema = z.object({ invitationId: z.uuid() });

export const memberFiltersSchema = z.object({
  q: searchText(100).optional().catch(undefined),
  status: z.enum(["ACTIVE", "DEACTIVATED"]).optional().catch(undefined),
  cursor: z.uuid().optional().catch(undefined),
});
