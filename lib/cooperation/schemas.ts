// Cooperation registry input: one schema for the form, the import and the service.
import { z } from "zod";
import { countryCode, fileField, importIntent, multi, version } from "@/lib/forms/schemas";
import type { CooperationField, CooperationMode, CooperationOrgType, PartnerType } from "@/lib/generated/prisma/enums";
import { searchText } from "@/lib/server/text";
import { isoDate } from "@/lib/time/schemas";

export const ORGANISATION_TYPES = [
  "ENTERPRISE",
  "UNIVERSITY",
  "RESEARCH_INSTITUTE",
  "INTERMEDIARY",
  "SCIENCE_PARK",
  "GOVERNMENT",
  "OTHER",
] as const satisfies readonly CooperationOrgType[];
export const PARTNER_TYPES = [
  "UNIVERSITY",
  "ENTERPRISE",
  "RESEARCH_INSTITUTE",
  "GOVERNMENT",
  "INTERNATIONAL_ORGANISATION",
  "INDUSTRY_ASSOCIATION",
] as const satisfies readonly PartnerType[];
export const FIELDS = [
  "MEDICINE_HEALTH",
  "ENERGY_ENVIRONMENT",
  "INFORMATION_TECHNOLOGY",
  "ADVANCED_MANUFACTURING",
  "NEW_MATERIALS",
  "AGRICULTURE_FOOD",
  "AEROSPACE",
  "OTHER",
] as const satisfies readonly CooperationField[];
export const MODES = [
  "JOINT_RD",
  "TECHNOLOGY_TRANSFER",
  "MARKET_COOPERATION",
  "TALENT_EXCHANGE",
  "STANDARDS",
] as const satisfies readonly CooperationMode[];

const optionalDate = z.preprocess((v) => (v === "" || v === null ? undefined : v), isoDate().optional());

/** The fields of one activity, as a form or a CSV row gives them. */
export const activityFields = z
  .object({
    organisation: z.string().trim().min(2, "min_chars:2").max(200, "max_chars:200"),
    organisationType: z.enum(ORGANISATION_TYPES, { error: "choose_option" }),
    partner: z.string().trim().min(2, "min_chars:2").max(200, "max_chars:200"),
    partnerType: z.enum(PARTNER_TYPES, { error: "choose_option" }),
    partnerCountry: countryCode(),
    field: z.enum(FIELDS, { error: "choose_option" }),
    modes: multi(z.enum(MODES, { error: "choose_option" })).refine((m) => m.length > 0, "choose_mode"),
    startDate: isoDate(),
    endDate: optionalDate,
  })
  .refine((a) => !a.endDate || a.endDate >= a.startDate, { path: ["endDate"], message: "end_before_start" });

export type ActivityFields = z.infer<typeof activityFields>;

export const createActivitySchema = z.object({ workspaceId: z.uuid() }).and(activityFields);
export const updateActivitySchema = z.object({ activityId: z.uuid(), version: version() }).and(activityFields);
export const deleteActivitySchema = z.object({ activityId: z.uuid(), version: version() });

/** Filters of the registry list and the statistics; unknown values are dropped, not errors. */
export const cooperationFiltersSchema = z.object({
  workspace: z.uuid().optional().catch(undefined),
  country: z.string().length(2).toUpperCase().optional().catch(undefined),
  field: z.enum(FIELDS).optional().catch(undefined),
  mode: z.enum(MODES).optional().catch(undefined),
  q: searchText(200).optional().catch(undefined),
  cursor: z.uuid().optional().catch(undefined),
});
export type CooperationFilters = z.infer<typeof cooperationFiltersSchema>;

/** The CSV import form: preview first, then import. */
export const activityImportSchema = z.object({ workspaceId: z.uuid(), file: fileField(), intent: importIntent() });

export const COOPERATION_CHARTS = [
  "growth",
  "region",
  "country",
  "partnerType",
  "organisationType",
  "field",
  "mode",
] as const;
export type CooperationChart = (typeof COOPERATION_CHARTS)[number];

/** GET /api/cooperation/csv: which chart (anything else is the first), in which workspace. */
export const cooperationCsvSchema = z.object({
  chart: z.enum(COOPERATION_CHARTS).catch("growth"),
  workspace: cooperationFiltersSchema.shape.workspace,
});
