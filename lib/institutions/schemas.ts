import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { isKnownCountryCode } from "@/lib/reference/country-names";
import { INSTITUTION_TYPES } from "./types";

export { INSTITUTION_TYPES };

export const createInstitutionSchema = z.object({
  name: z.string().trim().min(2, "min_chars:2").max(200, "max_chars:200"),
  shortName: z.string().trim().min(2, "min_chars:2").max(20, "max_chars:20"),
  countryCode: z.string().trim().toUpperCase().refine(isKnownCountryCode, "choose_country"),
  type: z.enum(INSTITUTION_TYPES, { error: "choose_type" }),
  adminEmail: emailSchema,
});
export type CreateInstitutionInput = z.infer<typeof createInstitutionSchema>;
