import "server-only";
// Briefs: writing, review and publication. Every read is scoped by briefReadableWhere, so a
// brief the actor may not read is "not found" from every door.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BriefStatus, Distribution, WorkspaceRole } from "@/lib/generated/prisma/enums";
import { notifyReaders, notifyWatchers } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { db, type Tx } from "@/lib/server/db";
import { AppError, conflict, invalid, notFound } from "@/lib/server/errors";
import { clock } from "@/lib/time/clock";
import type { BriefFields, BriefSource } from "./schemas";
import { briefReadableWhere } from "./visibility";
import { isWidening } from "./vocabulary";

export const briefDetailInclude = {
  workspace: { select: { id: true, name: true } },
  institution: { select: { id: true, name: true, shortName: true } },
  author: { select: { id: true, name: true } },
  reviewedBy: { select: { name: true } },
  countries: { select: { countryCode: true } },
  areas: { select: { area: { select: { id: true, key: true, name: true, translations: true } } } },
  recipients: { select: { user: { select: { id: true, name: true } } } },
  attachments: {
    select: { id: true, fileName: true, contentType: true, size: true, createdAt: true },
    orderBy: { id: "asc" },
  },
} satisfies Prisma.BriefInclude;

async function roleIn(tx: Tx, actor: Actor, workspaceId: string): Promise<WorkspaceRole | null> {
  const membership = await tx.workspaceMembership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: actor.id } },
  });
  return membership?.role ?? null;
}

export interface BriefPermissions {
  edit: boolean;
  submit: boolean;
  review: boolean;
  comment: boolean;
  /** May widen the distribution of a published brief. */
  widen: boolean;
}

export function briefPermissions(
  actor: Actor,
  brief: { authorId: string; status: BriefStatus },
  role: WorkspaceRole | null,
): BriefPermissions {
  const isAuthor = brief.authorId === actor.id;
  const writer = isAuthor && canWorkspace(role, "brief.create");
  const manager = canWorkspace(role, "brief.review");
  return {
    edit: brief.status !== "ARCHIVED" && (writer || manager),
    submit: brief.status === "DRAFT" && writer,
    review: brief.status === "IN_REVIEW" && manager,
    comment: canWorkspace(role, "comment.create"),
    widen: manager || (writer && brief.status !== "PUBLISHED"),
  };
}

export async function getBrief(actor: Actor, briefId: string) {
  const brief = await db().brief.findFirst({
    where: { AND: [{ id: briefId }, briefReadableWhere(actor)] },
    include: briefDetailInclude,
  });
  if (!brief) throw notFound("This brief");
  const role = await roleIn(db(), actor, brief.workspaceId);
  return { ...brief, sources: brief.sources as unknown as BriefSource[], can: briefPermissions(actor, brief, role) };
}

/** Locks a readable brief for a write and returns it with the actor's role; 404 otherwise. */
async function lockBrief(tx: Tx, actor: Actor, briefId: string) {
  await tx.$queryRaw`SELECT id FROM "Brief" WHERE id = ${briefId} FOR UPDATE`;
  const brief = await tx.brief.findFirst({
    where: { AND: [{ id: briefId }, briefReadableWhere(actor)] },
    include: briefDetailInclude,
  });
  if (!brief) throw notFound("This brief");
  const role = await roleIn(tx, actor, brief.workspaceId);
  return { brief, role, can: briefPermissions(actor, brief, role) };
}

type LockedBrief = Awaited<ReturnType<typeof lockBrief>>["brief"];

function comparable(brief: LockedBrief) {
  return {
    title: brief.title,
    summary: brief.summary,
    body: brief.body,
    category: brief.category,
    distribution: brief.distribution,
    countries: brief.countries.map((c) => c.countryCode).sort(),
    areas: brief.areas.map((a) => a.area.id).sort(),
    recipients: brief.recipients.map((r) => r.user.id).sort(),
    sources: brief.sources as unknown as BriefSource[],
  };
}

export interface BriefConflict {
  version: number;
  updatedAt: string;
  changed: string[];
  current: ReturnType<typeof comparable>;
}

/** A stale version: refuse, and tell the user what the saved brief now says. */
function assertCurrent(brief: LockedBrief, version: number, mine?: Partial<ReturnType<typeof comparable>>) {
  if (brief.version === version) return;
  const current = comparable(brief);
  const changed = mine
    ? (Object.keys(current) as (keyof typeof current)[]).filter(
        (k) => k in mine && JSON.stringify(current[k]) !== JSON.stringify(mine[k]),
      )
    : [];
  const details: BriefConflict = { version: brief.version, updatedAt: brief.updatedAt.toISOString(), changed, current };
  throw conflict("stale_brief", details);
}

/** Areas must belong to the brief's workspace; recipients must be its active members. */
async function checkLinks(
  tx: Tx,
  workspaceId: string,
  input: Pick<BriefFields, "areas" | "recipients" | "distribution">,
) {
  const areas = [...new Set(input.areas)];
  if (areas.length && (await tx.technologyArea.count({ where: { id: { in: areas }, workspaceId } })) !== areas.length) {
    throw invalid("areas", "unknown_area");
  }
  const recipients = input.distribution === "RESTRICTED" ? [...new Set(input.recipients)] : [];
  if (recipients.length) {
    const found = await tx.workspaceMembership.count({
      where: { workspaceId, userId: { in: recipients }, user: { status: "ACTIVE" } },
    });
    if (found !== recipients.length) throw invalid("recipients", "unknown_recipient");
  }
  return { areas, recipients };
}

function linkData(input: BriefFields, areas: string[], recipients: string[]) {
  return {
    countries: { createMany: { data: [...new Set(input.countries)].map((countryCode) => ({ countryCode })) } },
    areas: { createMany: { data: areas.map((areaId) => ({ areaId })) } },
    recipients: { createMany: { data: recipients.map((userId) => ({ userId })) } },
  };
}

export async function createBrief(actor: Actor, input: BriefFields & { workspaceId: string }) {
  return db().$transaction(async (tx) => {
    const role = await roleIn(tx, actor, input.workspaceId);
    if (!role || !actor.institutionId) throw notFound("This workspace");
    requirePermission(canWorkspace(role, "brief.create"), "contributor_only");
    const { areas, recipients } = await checkLinks(tx, input.workspaceId, input);
    const brief = await tx.brief.create({
      data: {
        workspaceId: input.workspaceId,
        institutionId: actor.institutionId,
        authorId: actor.id,
        title: input.title,
        summary: input.summary,
        body: input.body,
        category: input.category as BriefFields["category"] & Prisma.BriefCreateInput["category"],
        distribution: input.distribution as Distribution,
        sources: input.sources,
        ...linkData(input, areas, recipients),
      },
    });
    await recordAudit(tx, {
      action: "brief.create",
      actor,
      targetType: "brief",
      targetId: brief.id,
      workspaceId: input.workspaceId,
      institutionId: actor.institutionId,
      metadata: { title: brief.title },
    });
    return brief;
  });
}

async function snapshot(tx: Tx, briefId: string, editorId: string) {
  const brief = await tx.brief.findUniqueOrThrow({ where: { id: briefId }, include: { countries: true } });
  const last = await tx.briefRevision.findFirst({
    where: { briefId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  return tx.briefRevision.create({
    data: {
      briefId,
      number: (last?.number ?? 0) + 1,
      title: brief.title,
      summary: brief.summary,
      body: brief.body,
      category: brief.category,
      distribution: brief.distribution,
      sources: brief.sources as Prisma.InputJsonValue,
      countryCodes: brief.countries.map((c) => c.countryCode),
      editorId,
    },
  });
}

export async function saveBrief(actor: Actor, input: BriefFields & { briefId: string; version: number }) {
  return db().$transaction(async (tx) => {
    const { brief, can } = await lockBrief(tx, actor, input.briefId);
    requirePermission(can.edit, "cannot_edit_brief");
    const { areas, recipients } = await checkLinks(tx, brief.workspaceId, input);
    assertCurrent(brief, input.version, {
      title: input.title,
      summary: input.summary,
      body: input.body,
      category: input.category as LockedBrief["category"],
      distribution: input.distribution as Distribution,
      countries: [...new Set(input.countries)].sort(),
      areas: [...areas].sort(),
      recipients: [...recipients].sort(),
      sources: input.sources,
    });
    const distribution = input.distribution as Distribution;
    if (isWidening(brief.distribution, distribution) && !can.widen)
      throw new AppError("FORBIDDEN", "widen_needs_manager", { distribution: ["widen_needs_manager"] });
    await tx.briefCountry.deleteMany({ where: { briefId: brief.id } });
    await tx.briefTechnologyArea.deleteMany({ where: { briefId: brief.id } });
    await tx.briefRecipient.deleteMany({ where: { briefId: brief.id } });
    const updated = await tx.brief.update({
      where: { id: brief.id },
      data: {
        title: input.title,
        summary: input.summary,
        body: input.body,
        category: input.category as LockedBrief["category"],
        distribution,
        sources: input.sources,
        version: { increment: 1 },
        ...linkData(input, areas, recipients),
      },
    });
    if (brief.status === "PUBLISHED") {
      await snapshot(tx, brief.id, actor.id);
      await notifyWatchers(tx, brief.id, "BRIEF_REVISED", actor.id);
    }
    await recordAudit(tx, {
      action: "brief.update",
      actor,
      targetType: "brief",
      targetId: brief.id,
      workspaceId: brief.workspaceId,
      institutionId: brief.institutionId,
      metadata: {
        version: updated.version,
        ...(distribution !== brief.distribution
          ? { distribution: { from: brief.distribution, to: distribution } }
          : {}),
      },
    });
    return { id: updated.id, version: updated.version, savedAt: updated.updatedAt.toISOString() };
  });
}

async function managersOf(tx: Tx, workspaceId: string) {
  const rows = await tx.workspaceMembership.findMany({
    where: { workspaceId, role: "MANAGER", user: { status: "ACTIVE" } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}

export async function submitBrief(actor: Actor, input: { briefId: string; version: number }) {
  return db().$transaction(async (tx) => {
    const { brief, can } = await lockBrief(tx, actor, input.briefId);
    assertCurrent(brief, input.version);
    requirePermission(can.submit, "cannot_submit_brief");
    const updated = await tx.brief.update({
      where: { id: brief.id },
      data: { status: "IN_REVIEW", submittedAt: clock.now(), version: { increment: 1 } },
    });
    await notifyReaders(tx, {
      briefId: brief.id,
      kind: "BRIEF_SUBMITTED",
      actorId: actor.id,
      userIds: await managersOf(tx, brief.workspaceId),
    });
    await recordAudit(tx, {
      action: "brief.submit",
      actor,
      targetType: "brief",
      targetId: brief.id,
      workspaceId: brief.workspaceId,
      institutionId: brief.institutionId,
    });
    return { id: updated.id, version: updated.version };
  });
}

export async function returnBrief(actor: Actor, input: { briefId: string; version: number; comment: string }) {
  return db().$transaction(async (tx) => {
    const { brief, can } = await lockBrief(tx, actor, input.briefId);
    assertCurrent(brief, input.version);
    requirePermission(can.review, "cannot_review_brief");
    const updated = await tx.brief.update({
      where: { id: brief.id },
      data: { status: "DRAFT", reviewComment: input.comment, reviewedById: actor.id, version: { increment: 1 } },
    });
    await notifyReaders(tx, {
      briefId: brief.id,
      kind: "BRIEF_RETURNED",
      actorId: actor.id,
      userIds: [brief.authorId],
    });
    await recordAudit(tx, {
      action: "brief.return",
      actor,
      targetType: "brief",
      targetId: brief.id,
      workspaceId: brief.workspaceId,
      institutionId: brief.institutionId,
    });
    return { id: updated.id, version: updated.version };
  });
}

export async function publishBrief(actor: Actor, input: { briefId: string; version: number }) {
  return db().$transaction(async (tx) => {
    const { brief, can } = await lockBrief(tx, actor, input.briefId);
    assertCurrent(brief, input.version);
    requirePermission(can.review, "cannot_review_brief");
    const updated = await tx.brief.update({
      where: { id: brief.id },
      data: {
        status: "PUBLISHED",
        publishedAt: clock.now(),
        reviewedById: actor.id,
        reviewComment: null,
        version: { increment: 1 },
      },
    });
    await snapshot(tx, brief.id, actor.id);
    await notifyWatchers(tx, brief.id, "BRIEF_PUBLISHED", actor.id);
    await recordAudit(tx, {
      action: "brief.publish",
      actor,
      targetType: "brief",
      targetId: brief.id,
      workspaceId: brief.workspaceId,
      institutionId: brief.institutionId,
    });
    return { id: updated.id, version: updated.version };
  });
}

/** Everything the brief form needs for a workspace: its areas and its members (recipients). */
export async function briefFormOptions(actor: Actor, workspaceId: string) {
  const role = await roleIn(db(), actor, workspaceId);
  if (!role) throw notFound("This workspace");
  const [areas, members] = await Promise.all([
    db().technologyArea.findMany({ where: { workspaceId }, orderBy: { name: "asc" }, take: 200 }),
    db().workspaceMembership.findMany({
      where: { workspaceId, user: { status: "ACTIVE" } },
      select: { user: { select: { id: true, name: true, institution: { select: { shortName: true } } } } },
      orderBy: { user: { name: "asc" } },
      take: 500,
    }),
  ]);
  return { role, areas, members: members.map((m) => m.user) };
}

/** Workspaces where the actor may write briefs. */
export async function writableWorkspaces(actor: Actor) {
  const rows = await db().workspaceMembership.findMany({
    where: { userId: actor.id, role: { in: ["MANAGER", "CONTRIBUTOR"] } },
    select: { workspace: { select: { id: true, name: true } } },
    orderBy: { workspace: { name: "asc" } },
  });
  return rows.map((r) => r.workspace);
}

/** The search filters' choices (areas, institutions, countries) the actor may know of; monitoring uses them too. */
export { searchFilterOptions } from "./filter-options";
