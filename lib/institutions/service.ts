import "server-only";
import { issueInvitation } from "@/lib/members/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canPlatform, requirePermission } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import { keyset, toPage } from "@/lib/server/pagination";
import type { CreateInstitutionInput } from "./schemas";

/** Operator only: creates an institution and invites its first administrator. */
export async function createInstitution(actor: Actor, input: CreateInstitutionInput) {
  requirePermission(canPlatform(actor.isPlatformOperator, "platform.institutions.manage"));
  return db().$transaction(async (tx) => {
    const taken = await tx.institution.findFirst({
      where: { shortName: { equals: input.shortName, mode: "insensitive" } },
      select: { id: true },
    });
    if (taken) throw invalid("shortName", "short_name_taken");
    const existingUser = await tx.user.findUnique({ where: { email: input.adminEmail }, select: { id: true } });
    if (existingUser) throw invalid("adminEmail", "email_taken");
    const institution = await tx.institution.create({
      data: { name: input.name, shortName: input.shortName, countryCode: input.countryCode, type: input.type },
    });
    await recordAudit(tx, {
      action: "institution.create",
      actor,
      targetType: "institution",
      targetId: institution.id,
      institutionId: institution.id,
      metadata: { name: institution.name },
    });
    const { link } = await issueInvitation(tx, actor, {
      email: input.adminEmail,
      role: "ADMIN",
      locale: input.adminLocale,
      institution,
    });
    return { institution, link };
  });
}

export async function listInstitutions(actor: Actor, cursor?: string) {
  requirePermission(canPlatform(actor.isPlatformOperator, "platform.institutions.manage"));
  const page = keyset(cursor);
  const rows = await db().institution.findMany({
    where: page.where,
    orderBy: page.orderBy,
    take: page.take,
    include: { _count: { select: { members: { where: { status: "ACTIVE" } } } } },
  });
  return toPage(rows);
}

/** The actor's own institution (every signed-in user may see it). */
export async function getOwnInstitution(actor: Actor) {
  if (!actor.institutionId) return null;
  const institution = await db().institution.findUnique({ where: { id: actor.institutionId } });
  if (!institution) throw notFound("This institution");
  return institution;
}

/** Institutions that can be partners in a workspace: every institution on the platform. */
export async function listPartnerInstitutions(_actor: Actor) {
  return db().institution.findMany({
    select: { id: true, name: true, shortName: true, countryCode: true },
    orderBy: { name: "asc" },
    take: 500,
  });
}
