import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { canInstitution, canPlatform, requirePermission } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { keyset, toPage } from "@/lib/server/pagination";
import { REFUSAL_ACTIONS } from "@/lib/server/refusals";
import { dateFromIso } from "@/lib/time/clock";
import type { AuditFilters } from "./schemas";

export function canReadAudit(actor: Actor): boolean {
  return (
    canPlatform(actor.isPlatformOperator, "platform.audit.read") ||
    canInstitution(actor.institutionRole, "institution.audit.read")
  );
}

/**
 * Operators see every event; an institution admin sees events about their institution
 * and events caused by its members (e.g. adding a partner to a hosted workspace).
 */
function auditScope(actor: Actor): Prisma.AuditEventWhereInput {
  if (actor.isPlatformOperator) return {};
  if (!actor.institutionId) return { id: "00000000-0000-0000-0000-000000000000" };
  return { OR: [{ institutionId: actor.institutionId }, { actor: { institutionId: actor.institutionId } }] };
}

export async function listAuditEvents(actor: Actor, filters: AuditFilters) {
  requirePermission(canReadAudit(actor));
  const page = keyset(filters.cursor, 50);
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = dateFromIso(filters.from);
  if (filters.to) createdAt.lt = new Date(dateFromIso(filters.to).getTime() + 86_400_000);
  const rows = await db().auditEvent.findMany({
    where: {
      AND: [
        auditScope(actor),
        page.where,
        filters.action === "refusals"
          ? { action: { in: [...REFUSAL_ACTIONS] } }
          : filters.action
            ? { action: filters.action }
            : {},
        filters.actor ? { actorEmail: { contains: filters.actor, mode: "insensitive" } } : {},
        filters.from || filters.to ? { createdAt } : {},
      ],
    },
    include: { actor: { select: { name: true } }, institution: { select: { shortName: true } } },
    orderBy: page.orderBy,
    take: page.take,
  });
  return toPage(rows, 50);
}
