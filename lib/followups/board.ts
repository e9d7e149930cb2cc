import "server-only";
// The board's cards: the list's filters, every status, with whether the actor may move each.
import type { WorkspaceRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { isoDateOf } from "@/lib/time/clock";
import { followUpHealth, type Health } from "./health";
import { followUpWhere } from "./list";
import type { FollowUpFilters } from "./schemas";
import { followUpPermissions } from "./service";

export const BOARD_LIMIT = 300;

export interface BoardCard {
  id: string;
  title: string;
  status: "OPEN" | "IN_PROGRESS" | "BLOCKED" | "DONE" | "CANCELLED";
  version: number;
  dueDate: string;
  progress: number;
  committee: string;
  health: Health;
  canMove: boolean;
}

export async function boardCards(actor: Actor, filters: FollowUpFilters): Promise<BoardCard[]> {
  const rows = await db().followUp.findMany({
    where: followUpWhere(actor, { ...filters, status: [] }),
    include: {
      committee: { select: { name: true, workspaceId: true } },
      leads: { select: { institution: { select: { id: true } } } },
      assignees: { select: { user: { select: { id: true } } } },
    },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: BOARD_LIMIT,
  });
  const roles = new Map<string, WorkspaceRole>(
    (
      await db().workspaceMembership.findMany({
        where: { userId: actor.id },
        select: { workspaceId: true, role: true },
      })
    ).map((m) => [m.workspaceId, m.role]),
  );
  return rows.map((f) => ({
    id: f.id,
    title: f.title,
    status: f.status,
    version: f.version,
    dueDate: isoDateOf(f.dueDate),
    progress: f.progress,
    committee: f.committee.name,
    health: followUpHealth(f),
    canMove: followUpPermissions(actor, roles.get(f.committee.workspaceId)!, f).progress,
  }));
}
