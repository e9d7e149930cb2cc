import "server-only";
// The follow-up list: filters live in the URL; ordered by due date (soonest first), paged by
// keyset on (dueDate, id). Only follow-ups of committees in the actor's workspaces.
import { z } from "zod";
import { committeeWhere } from "@/lib/committees/service";
import { OPEN_FOLLOW_UP_STATUSES } from "@/lib/committees/transitions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { areaName } from "@/lib/reference/technology-areas";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { today } from "@/lib/time/clock";
import { urlDate } from "@/lib/time/schemas";
import { FOLLOW_UP_STATUSES } from "./schemas";

const list = <T extends z.ZodType>(item: T) =>
  z
    .preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : String(v).split(",")),
      z.array(item).max(20),
    )
    .catch([]);
const optionalDate = urlDate();

export const followUpFiltersSchema = z.object({
  committee: z.uuid().optional().catch(undefined),
  agendaItem: z.uuid().optional().catch(undefined),
  institution: z.uuid().optional().catch(undefined),
  assignee: z
    .union([z.literal("me"), z.uuid()])
    .optional()
    .catch(undefined),
  status: list(z.enum(FOLLOW_UP_STATUSES)),
  area: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  dueFrom: optionalDate,
  dueTo: optionalDate,
  overdue: z.enum(["1"]).optional().catch(undefined),
  cursor: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}\|[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});
export type FollowUpFilters = z.infer<typeof followUpFiltersSchema>;

export function followUpQueryString(filters: FollowUpFilters): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key === "cursor" || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.append(key, String(v));
  }
  return out.toString();
}

export function followUpWhere(actor: Actor, filters: FollowUpFilters): Prisma.FollowUpWhereInput {
  const day = today();
  const and: Prisma.FollowUpWhereInput[] = [{ committee: committeeWhere(actor) }];
  if (filters.committee) and.push({ committeeId: filters.committee });
  if (filters.agendaItem) and.push({ agendaItemId: filters.agendaItem });
  if (filters.institution) and.push({ leads: { some: { institutionId: filters.institution } } });
  if (filters.assignee)
    and.push({ assignees: { some: { userId: filters.assignee === "me" ? actor.id : filters.assignee } } });
  if (filters.status.length) and.push({ status: { in: filters.status } });
  if (filters.area) and.push({ agendaItem: { technologyArea: { key: filters.area } } });
  if (filters.dueFrom) and.push({ dueDate: { gte: new Date(`${filters.dueFrom}T00:00:00Z`) } });
  if (filters.dueTo) and.push({ dueDate: { lte: new Date(`${filters.dueTo}T00:00:00Z`) } });
  if (filters.overdue) and.push({ status: { in: [...OPEN_FOLLOW_UP_STATUSES] }, dueDate: { lt: day } });
  return { AND: and };
}

export async function listFollowUps(actor: Actor, filters: FollowUpFilters, pageSize = 30) {
  const where = followUpWhere(actor, filters);
  const [due, id] = filters.cursor?.split("|") ?? [];
  const after: Prisma.FollowUpWhereInput = filters.cursor
    ? {
        OR: [
          { dueDate: { gt: new Date(`${due}T00:00:00Z`) } },
          { dueDate: new Date(`${due}T00:00:00Z`), id: { gt: id } },
        ],
      }
    : {};
  const rows = await db().followUp.findMany({
    where: { AND: [where, after] },
    include: {
      committee: { select: { id: true, name: true } },
      agendaItem: { select: { id: true, title: true } },
      leads: { select: { institution: { select: { id: true, shortName: true } } } },
      assignees: { select: { user: { select: { id: true, name: true, email: true } } } },
    },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: pageSize + 1,
  });
  const items = rows.slice(0, pageSize);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > pageSize && last ? `${last.dueDate.toISOString().slice(0, 10)}|${last.id}` : null,
  };
}

/** Choices for the list's filters: committees, their institutions, workspace people, areas. */
export async function followUpFilterOptions(actor: Actor, locale = "en") {
  const committees = await db().committee.findMany({
    where: committeeWhere(actor),
    select: {
      id: true,
      name: true,
      workspaceId: true,
      institutions: { select: { institution: { select: { id: true, shortName: true } } } },
    },
    orderBy: { name: "asc" },
    take: 200,
  });
  const institutions = new Map<string, string>();
  for (const c of committees)
    for (const i of c.institutions) institutions.set(i.institution.id, i.institution.shortName);
  const people = await db().user.findMany({
    where: {
      workspaceMemberships: { some: { workspaceId: { in: committees.map((c) => c.workspaceId) } } },
      status: "ACTIVE",
    },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 500,
  });
  const areaRows = await db().technologyArea.findMany({
    where: { workspaceId: { in: committees.map((c) => c.workspaceId) } },
    select: { key: true, name: true, translations: true },
    take: 500,
  });
  const areas = new Map<string, string>();
  for (const a of areaRows) if (!areas.has(a.key)) areas.set(a.key, areaName(a, locale));
  return {
    committees: committees.map((c) => ({ id: c.id, name: c.name })),
    institutions: [...institutions].map(([id, shortName]) => ({ id, shortName })),
    people,
    areas: [...areas].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name, locale)),
  };
}
