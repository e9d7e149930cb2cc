import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { countryCode } from "@/lib/forms/schemas";
import { invitationLocaleSchema } from "@/lib/members/schemas";
import { INSTITUTION_TYPES } from "./types";

export { INSTITUTION_TYPES };

export const createInstitutionSchema = z.object({
  name: z.string().trim().min(2, "min_chars:2").max(200, "max_chars:200"),
  shortName: z.string().trim().min(2, "min_chars:2").max(20, "max_chars:20"),
  countryCode: countryCode("choose_country"),
  type: z.enum(INSTITUTION_TYPES, { error: "choose_type" }),
  adminEmail: emailSchema,
  adminLocale: invitationLocaleSchema,
});
export type CreateInstitutionInput = z.infer<typeof createInstitutionSchema>;
