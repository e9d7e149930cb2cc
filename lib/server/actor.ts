// The acting user as every service receives it: loaded from the database on each request,
// never trusted from the JWT, so role changes and deactivation take effect at once.
import type { InstitutionRole } from "@/lib/generated/prisma/enums";
import { AppError } from "./errors";

export interface Actor {
  id: string;
  email: string;
  name: string;
  institutionId: string | null;
  institutionRole: InstitutionRole;
  isPlatformOperator: boolean;
  locale: string;
  /** IANA zone the person reads date-times in; null until chosen (shown in UTC meanwhile). */
  timeZone?: string | null;
  /** Client IP of the request, for the audit trail. */
  ip?: string | null;
  /** The UserSession of this request (absent for jobs acting for a user). */
  sessionId?: string | null;
}

/** Institution-scoped services call this first: Prisma drops `undefined` filters. */
export function actorInstitutionId(actor: Actor): string {
  if (!actor.institutionId) throw new AppError("NOT_FOUND", "not_found");
  return actor.institutionId;
}
