import { z } from "zod";
import { REGIONS } from "@/lib/reference/country-regions";

/** The countries list's region filter; anything else is no filter. */
export const regionSchema = z.enum(REGIONS).optional().catch(undefined);

export const profileSchema = z.object({
  workspaceId: z.uuid(),
  countryCode: z.string().trim().toUpperCase().length(2),
  version: z.coerce.number().int().min(0),
  summary: z.string().trim().max(20_000, "max_chars:20000").default(""),
  keyAgencies: z.string().trim().max(10_000, "max_chars:10000").default(""),
  strategicTechnologies: z.string().trim().max(10_000, "max_chars:10000").default(""),
});
export type ProfileInput = z.infer<typeof profileSchema>;
