import "server-only";
import type { BriefSource } from "@/lib/briefs/schemas";
// Bulletins: a numbered issue of published briefs, grouped by category. A bulletin belongs
// to its workspace (members read it); each item shows only if the reader may read the brief.
import { briefReadableWhere } from "@/lib/briefs/visibility";
import { CATEGORIES } from "@/lib/briefs/vocabulary";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { conflict, invalid, notFound } from "@/lib/server/errors";
import { keyset, toPage } from "@/lib/server/pagination";
import { workspaceWhere } from "@/lib/server/scope";
import { dateFromIso } from "@/lib/time/clock";
import type { BulletinInput, MastheadInput } from "./schemas";

export async function createBulletin(actor: Actor, input: BulletinInput) {
  return db().$transaction(async (tx) => {
    const membership = await tx.workspaceMembership.findUnique({
      where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: actor.id } },
    });
    if (!membership) throw notFound("This workspace");
    requirePermission(canWorkspace(membership.role, "bulletin.manage"), "manager_only");
    const editors = [...new Set(input.editors)];
    if (
      (await tx.workspaceMembership.count({ where: { workspaceId: input.workspaceId, userId: { in: editors } } })) !==
      editors.length
    ) {
      throw invalid("editors", "unknown_editor");
    }
    const briefIds = [...new Set(input.briefs)];
    const briefs = await tx.brief.findMany({
      where: { AND: [{ id: { in: briefIds }, status: "PUBLISHED" }, briefReadableWhere(actor)] },
      select: { id: true, author: { select: { name: true } } },
    });
    if (briefs.length !== briefIds.length) throw invalid("briefs", "unknown_brief");
    const taken = await tx.bulletin.findFirst({
      where: {
        workspaceId: input.workspaceId,
        OR: [{ year: input.year, numberInYear: input.numberInYear }, { overallNumber: input.overallNumber }],
      },
    });
    if (taken)
      throw invalid(taken.overallNumber === input.overallNumber ? "overallNumber" : "numberInYear", "number_taken");
    const authors = new Map(briefs.map((b) => [b.id, b.author.name]));
    const bulletin = await tx.bulletin.create({
      data: {
        workspaceId: input.workspaceId,
        title: input.title,
        year: input.year,
        numberInYear: input.numberInYear,
        overallNumber: input.overallNumber,
        issueDate: dateFromIso(input.issueDate),
        editors: { createMany: { data: editors.map((userId) => ({ userId })) } },
        items: {
          createMany: {
            data: briefIds.map((briefId, position) => ({ briefId, position, editorNames: authors.get(briefId) ?? "" })),
          },
        },
      },
    });
    await recordAudit(tx, {
      action: "bulletin.create",
      actor,
      targetType: "bulletin",
      targetId: bulletin.id,
      workspaceId: input.workspaceId,
      institutionId: actor.institutionId,
      metadata: { overallNumber: input.overallNumber },
    });
    return bulletin;
  });
}

export async function listBulletins(actor: Actor, workspaceId: string, cursor?: string) {
  const page = keyset(cursor, 20);
  const rows = await db().bulletin.findMany({
    where: { AND: [{ workspaceId, workspace: workspaceWhere(actor) }, page.where] },
    include: { _count: { select: { items: true } } },
    orderBy: page.orderBy,
    take: page.take,
  });
  return toPage(rows, 20);
}

/** A bulletin with only the items the reader may read, grouped in bulletin category order. */
export async function getBulletin(actor: Actor, bulletinId: string) {
  const bulletin = await db().bulletin.findFirst({
    where: { id: bulletinId, workspace: workspaceWhere(actor) },
    include: {
      workspace: { select: { id: true, name: true } },
      editors: { select: { user: { select: { id: true, name: true } } } },
      items: {
        where: { brief: briefReadableWhere(actor) },
        orderBy: { position: "asc" },
        include: {
          brief: {
            select: {
              id: true,
              title: true,
              summary: true,
              body: true,
              category: true,
              distribution: true,
              sources: true,
              publishedAt: true,
              institution: { select: { shortName: true } },
              countries: { select: { countryCode: true } },
            },
          },
        },
      },
    },
  });
  if (!bulletin) throw notFound("This bulletin");
  const sections = CATEGORIES.map((category) => ({
    category,
    items: bulletin.items
      .filter((i) => i.brief.category === category)
      .map((i) => ({ ...i, brief: { ...i.brief, sources: i.brief.sources as unknown as BriefSource[] } })),
  })).filter((s) => s.items.length);
  const membership = await db().workspaceMembership.findUnique({
    where: { workspaceId_userId: { workspaceId: bulletin.workspaceId, userId: actor.id } },
    select: { role: true },
  });
  const manage = !!membership && canWorkspace(membership.role, "bulletin.manage");
  return { ...bulletin, sections, can: { editMasthead: manage } };
}

/** An editor (a manager of the workspace) sets the series name and the highlights. */
export async function saveMasthead(actor: Actor, input: MastheadInput) {
  return db().$transaction(async (tx) => {
    const bulletin = await tx.bulletin.findFirst({
      where: { id: input.bulletinId, workspace: workspaceWhere(actor) },
      select: { id: true, workspaceId: true, version: true },
    });
    if (!bulletin) throw notFound("This bulletin");
    const membership = await tx.workspaceMembership.findUnique({
      where: { workspaceId_userId: { workspaceId: bulletin.workspaceId, userId: actor.id } },
    });
    requirePermission(!!membership && canWorkspace(membership.role, "bulletin.manage"), "manager_only");
    const { count } = await tx.bulletin.updateMany({
      where: { id: bulletin.id, version: input.version },
      data: { seriesName: input.seriesName, highlights: input.highlights, version: { increment: 1 } },
    });
    if (!count) throw conflict("stale_bulletin");
    await recordAudit(tx, {
      action: "bulletin.update",
      actor,
      targetType: "bulletin",
      targetId: bulletin.id,
      workspaceId: bulletin.workspaceId,
      institutionId: actor.institutionId,
      metadata: { op: "masthead", highlights: input.highlights.length },
    });
  });
}

/** Published briefs a manager may put in a bulletin (readable, newest first). */
export async function bulletinCandidates(actor: Actor, workspaceId: string) {
  return db().brief.findMany({
    where: { AND: [{ status: "PUBLISHED", workspaceId }, briefReadableWhere(actor)] },
    select: { id: true, title: true, category: true, publishedAt: true },
    orderBy: { publishedAt: "desc" },
    take: 200,
  });
}

/** The next free numbers for a new issue of this workspace's bulletin. */
export async function nextBulletinNumbers(workspaceId: string, year: number) {
  const [inYear, overall] = await Promise.all([
    db().bulletin.aggregate({ where: { workspaceId, year }, _max: { numberInYear: true } }),
    db().bulletin.aggregate({ where: { workspaceId }, _max: { overallNumber: true } }),
  ]);
  return { numberInYear: (inYear._max.numberInYear ?? 0) + 1, overallNumber: (overall._max.overallNumber ?? 0) + 1 };
}
