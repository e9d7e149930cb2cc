import "server-only";
// A workspace's technology-area taxonomy: members read it, managers change it.
import type { z } from "zod";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { db, type Tx } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import { workspaceWhere } from "@/lib/server/scope";
import { clock } from "@/lib/time/clock";
import type { areaSchema, deleteAreaSchema, renameAreaSchema } from "./schemas";

export function keyFromName(name: string): string {
  const key = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return key || `area-${clock.ms().toString(36)}`;
}

async function asManager(tx: Tx, actor: Actor, workspaceId: string) {
  const membership = await tx.workspaceMembership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: actor.id } },
  });
  if (!membership) throw notFound("This workspace");
  requirePermission(canWorkspace(membership.role, "taxonomy.manage"), "manager_only");
}

export async function listAreas(actor: Actor, workspaceId: string) {
  return db().technologyArea.findMany({
    where: { workspaceId, workspace: workspaceWhere(actor) },
    include: { _count: { select: { briefs: true } } },
    orderBy: { name: "asc" },
    take: 500,
  });
}

const translations = (input: { nameZh: string; nameKo: string }) => ({
  ...(input.nameZh ? { zh: input.nameZh } : {}),
  ...(input.nameKo ? { ko: input.nameKo } : {}),
});

export async function createArea(actor: Actor, input: z.infer<typeof areaSchema>) {
  return db().$transaction(async (tx) => {
    await asManager(tx, actor, input.workspaceId);
    const key = keyFromName(input.name);
    if (
      await tx.technologyArea.count({
        where: { workspaceId: input.workspaceId, OR: [{ key }, { name: { equals: input.name, mode: "insensitive" } }] },
      })
    ) {
      throw invalid("name", "area_exists");
    }
    const area = await tx.technologyArea.create({
      data: { workspaceId: input.workspaceId, key, name: input.name, translations: translations(input) },
    });
    await recordAudit(tx, {
      action: "taxonomy.change",
      actor,
      targetType: "technology_area",
      targetId: area.id,
      workspaceId: input.workspaceId,
      institutionId: actor.institutionId,
      metadata: { op: "create", name: area.name },
    });
    return area;
  });
}

/** Renaming keeps the key, so saved searches and watches keep working. */
export async function renameArea(actor: Actor, input: z.infer<typeof renameAreaSchema>) {
  return db().$transaction(async (tx) => {
    await asManager(tx, actor, input.workspaceId);
    const area = await tx.technologyArea.findFirst({ where: { id: input.areaId, workspaceId: input.workspaceId } });
    if (!area) throw notFound("This technology area");
    const updated = await tx.technologyArea.update({
      where: { id: area.id },
      data: { name: input.name, translations: translations(input) },
    });
    await recordAudit(tx, {
      action: "taxonomy.change",
      actor,
      targetType: "technology_area",
      targetId: area.id,
      workspaceId: input.workspaceId,
      institutionId: actor.institutionId,
      metadata: { op: "rename", from: area.name, to: updated.name },
    });
    return updated;
  });
}

export async function deleteArea(actor: Actor, input: z.infer<typeof deleteAreaSchema>) {
  return db().$transaction(async (tx) => {
    await asManager(tx, actor, input.workspaceId);
    const area = await tx.technologyArea.findFirst({
      where: { id: input.areaId, workspaceId: input.workspaceId },
      include: { _count: { select: { briefs: true } } },
    });
    if (!area) throw notFound("This technology area");
    if (area._count.briefs > 0) throw invalid("areaId", `area_in_use:${area._count.briefs}`);
    await tx.technologyArea.delete({ where: { id: area.id } });
    await recordAudit(tx, {
      action: "taxonomy.change",
      actor,
      targetType: "technology_area",
      targetId: area.id,
      workspaceId: input.workspaceId,
      institutionId: actor.institutionId,
      metadata: { op: "delete", name: area.name },
    });
  });
}
