import "server-only";
// The follow-up list: filters live in the URL; ordered by due date (soonest first), paged by
// keyset on (dueDate, id). Only follow-ups of committees in the actor's workspaces.
import type { Prisma } from "@/lib/generated/prisma/client";
import { areaName } from "@/lib/reference/technology-areas";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { committeeWhere } from "@/lib/server/scope";
import { dateFromIso, isoDateOf, today } from "@/lib/time/clock";
import type { FollowUpFilters } from "./schemas";
import { OPEN_FOLLOW_UP_STATUSES } from "./schemas";

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
  if (filters.dueFrom) and.push({ dueDate: { gte: dateFromIso(filters.dueFrom) } });
  if (filters.dueTo) and.push({ dueDate: { lte: dateFromIso(filters.dueTo) } });
  if (filters.overdue) and.push({ status: { in: [...OPEN_FOLLOW_UP_STATUSES] }, dueDate: { lt: day } });
  return { AND: and };
}

export async function listFollowUps(actor: Actor, filters: FollowUpFilters, pageSize = 30) {
  const where = followUpWhere(actor, filters);
  const [due, id] = filters.cursor?.split("|") ?? [];
  const after: Prisma.FollowUpWhereInput = filters.cursor
    ? {
        OR: [{ dueDate: { gt: dateFromIso(due) } }, { dueDate: dateFromIso(due), id: { gt: id } }],
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
    nextCursor: rows.length > pageSize && last ? `${isoDateOf(last.dueDate)}|${last.id}` : null,
  };
}

/** Open follow-ups of the given agenda items, soonest due first, by agenda item (the session pack). */
export async function openFollowUpsByAgendaItem(actor: Actor, agendaItemIds: string[]) {
  const rows = await db().followUp.findMany({
    where: {
      committee: committeeWhere(actor),
      agendaItemId: { in: agendaItemIds },
      status: { in: [...OPEN_FOLLOW_UP_STATUSES] },
    },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    select: {
      id: true,
      agendaItemId: true,
      title: true,
      status: true,
      dueDate: true,
      progress: true,
      leads: { select: { institution: { select: { shortName: true } } } },
    },
  });
  const byItem = new Map<string, typeof rows>();
  for (const row of rows)
    if (row.agendaItemId) byItem.set(row.agendaItemId, [...(byItem.get(row.agendaItemId) ?? []), row]);
  return byItem;
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
