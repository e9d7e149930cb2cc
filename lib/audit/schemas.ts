import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/server/audit";
import { searchText } from "@/lib/server/text";
import { urlDate } from "@/lib/time/schemas";

export const auditFiltersSchema = z.object({
  actor: searchText(254).optional().catch(undefined),
  /** An action, or "refusals" for both refused-access actions (access.denied, access.not_found). */
  action: z
    .enum([...AUDIT_ACTIONS, "refusals"])
    .optional()
    .catch(undefined),
  from: urlDate(),
  to: urlDate(),
  cursor: z.uuid().optional().catch(undefined),
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;
