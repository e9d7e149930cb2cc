// The fixed vocabulary of briefs: bulletin categories, distribution levels and their TLP labels.
import type { BriefCategory, BriefStatus, Distribution } from "@/lib/generated/prisma/enums";

/** The nine categories of a fortnightly S&T policy bulletin, in bulletin order. */
export const CATEGORIES: readonly BriefCategory[] = [
  "FEATURE_REVIEW",
  "STRATEGY_PLANNING",
  "INNOVATION_POLICY",
  "THINK_TANK_VIEWS",
  "INSTITUTIONS_MECHANISMS",
  "TALENT",
  "INVESTMENT",
  "INTERNATIONAL_COOPERATION",
  "SCIENCE_SOCIETY",
];

/** Narrowest first: a lower index reaches fewer readers. */
export const DISTRIBUTIONS: readonly Distribution[] = ["RESTRICTED", "INSTITUTION", "WORKSPACE", "COMMUNITY", "PUBLIC"];

export const STATUSES: readonly BriefStatus[] = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"];

export const TLP_LABELS: Record<Distribution, string> = {
  RESTRICTED: "TLP:RED",
  INSTITUTION: "TLP:AMBER+STRICT",
  WORKSPACE: "TLP:AMBER",
  COMMUNITY: "TLP:GREEN",
  PUBLIC: "TLP:CLEAR",
};

/** True when `to` reaches more readers than `from`. */
export function isWidening(from: Distribution, to: Distribution): boolean {
  return DISTRIBUTIONS.indexOf(to) > DISTRIBUTIONS.indexOf(from);
}
