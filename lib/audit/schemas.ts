import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/server/audit";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const auditFiltersSchema = z.object({
  actor: z.string().trim().max(254).optional().catch(undefined),
  /** An action, or "refusals" for both refused-access actions (access.denied, access.not_found). */
  action: z.enum([...AUDIT_ACTIONS, "refusals"]).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  cursor: z.uuid().optional().catch(undefined),
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;
