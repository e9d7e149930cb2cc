import "server-only";
// What each person sees first: their own work (staff), what needs chasing (managers) and
// what needs looking after (administrators). Every list is scoped like the pages it links to.
import { briefReadableWhere } from "@/lib/briefs/visibility";
import { dueForManager } from "@/lib/committees/service";
import { OPEN_FOLLOW_UP_STATUSES } from "@/lib/followups/schemas";
import { unreadCount } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { canInstitution } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { committeeWhere } from "@/lib/server/scope";
import { clock, DAY_MS, today } from "@/lib/time/clock";

const LIMIT = 8;

export async function staffHome(actor: Actor) {
  const since = new Date(clock.ms() - 30 * DAY_MS);
  const watches = await db().watch.findMany({ where: { userId: actor.id }, select: { target: true, targetKey: true } });
  const countries = watches.filter((w) => w.target === "COUNTRY").map((w) => w.targetKey);
  const areas = watches.filter((w) => w.target === "TECHNOLOGY_AREA").map((w) => w.targetKey);
  const [myBriefs, unread, mentions, watched, myFollowUps] = await Promise.all([
    db().brief.findMany({
      where: { authorId: actor.id, status: { in: ["DRAFT", "IN_REVIEW"] } },
      select: { id: true, title: true, status: true, updatedAt: true, reviewComment: true },
      orderBy: { updatedAt: "desc" },
      take: LIMIT,
    }),
    unreadCount(actor),
    db().notification.findMany({
      where: { userId: actor.id, kind: "MENTION", readAt: null, brief: briefReadableWhere(actor) },
      include: { brief: { select: { id: true, title: true } }, actor: { select: { name: true } } },
      orderBy: { id: "desc" },
      take: LIMIT,
    }),
    countries.length || areas.length
      ? db().brief.findMany({
          where: {
            AND: [
              { status: "PUBLISHED", publishedAt: { gte: since } },
              {
                OR: [
                  { countries: { some: { countryCode: { in: countries } } } },
                  { areas: { some: { area: { key: { in: areas } } } } },
                ],
              },
              briefReadableWhere(actor),
            ],
          },
          select: { id: true, title: true, publishedAt: true, distribution: true },
          orderBy: { publishedAt: "desc" },
          take: LIMIT,
        })
      : [],
    db().followUp.findMany({
      where: {
        committee: committeeWhere(actor),
        status: { in: [...OPEN_FOLLOW_UP_STATUSES] },
        assignees: { some: { userId: actor.id } },
      },
      select: { id: true, title: true, dueDate: true, status: true, progress: true },
      orderBy: { dueDate: "asc" },
      take: LIMIT,
    }),
  ]);
  return { myBriefs, unread, mentions, watched, myFollowUps, watching: watches.length };
}

/** Workspaces where the actor is a manager; null when none (no manager section). */
export async function managerHome(actor: Actor) {
  const managed = await db().workspaceMembership.findMany({
    where: { userId: actor.id, role: "MANAGER" },
    select: { workspaceId: true },
  });
  if (!managed.length) return null;
  const workspaceIds = managed.map((m) => m.workspaceId);
  const day = today();
  const inTwoWeeks = new Date(day.getTime() + 14 * DAY_MS);
  const [chase, sessions, undecided, reviews, seriesDue] = await Promise.all([
    db().followUp.findMany({
      where: {
        committee: { workspaceId: { in: workspaceIds } },
        status: { in: [...OPEN_FOLLOW_UP_STATUSES] },
        dueDate: { lte: inTwoWeeks },
      },
      select: {
        id: true,
        title: true,
        dueDate: true,
        status: true,
        progress: true,
        committee: { select: { name: true } },
      },
      orderBy: { dueDate: "asc" },
      take: LIMIT * 2,
    }),
    db().session.findMany({
      where: { committee: { workspaceId: { in: workspaceIds } }, status: "PLANNED", startsAt: { gte: day } },
      select: {
        id: true,
        title: true,
        startsAt: true,
        timeZone: true,
        committee: { select: { name: true } },
        entries: { select: { presenter: true, durationMinutes: true } },
      },
      orderBy: { startsAt: "asc" },
      take: 5,
    }),
    // Decided, but nothing to follow up: an agreed decision without any follow-up.
    db().decision.findMany({
      where: {
        type: "AGREED",
        session: { committee: { workspaceId: { in: workspaceIds } } },
        followUps: { none: {} },
        agendaItem: { followUps: { none: {} } },
      },
      select: {
        id: true,
        text: true,
        agendaItem: { select: { id: true, title: true } },
        session: { select: { title: true } },
      },
      orderBy: { id: "desc" },
      take: LIMIT,
    }),
    db().brief.findMany({
      where: { status: "IN_REVIEW", workspaceId: { in: workspaceIds } },
      select: { id: true, title: true, submittedAt: true, author: { select: { name: true } } },
      orderBy: { submittedAt: "asc" },
      take: LIMIT,
    }),
    // Session series: the next session due (or overdue) and not yet planned.
    dueForManager(workspaceIds),
  ]);
  return {
    overdue: chase.filter((f) => f.dueDate < day),
    dueSoon: chase.filter((f) => f.dueDate >= day),
    sessions: sessions.map((s) => ({
      ...s,
      missingPresenter: s.entries.filter((e) => !e.presenter).length,
      missingTime: s.entries.filter((e) => !e.durationMinutes).length,
    })),
    undecided,
    reviews,
    seriesDue,
  };
}

/** For institution administrators; null otherwise. */
export async function adminHome(actor: Actor) {
  if (!actor.institutionId || !canInstitution(actor.institutionRole, "institution.members.manage")) return null;
  const institutionId = actor.institutionId;
  const now = clock.now();
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const [members, deactivated, pending, expired, roleChanges, failures] = await Promise.all([
    db().user.count({ where: { institutionId, status: "ACTIVE" } }),
    db().user.findMany({
      where: { institutionId, status: "DEACTIVATED" },
      select: { id: true, name: true, email: true },
      take: LIMIT,
    }),
    db().accessToken.count({
      where: { institutionId, purpose: "MEMBER_INVITATION", usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    }),
    db().accessToken.count({
      where: { institutionId, purpose: "MEMBER_INVITATION", usedAt: null, revokedAt: null, expiresAt: { lte: now } },
    }),
    db().auditEvent.findMany({
      where: {
        institutionId,
        action: { in: ["member.role_change", "member.deactivate", "workspace.member_role_change"] },
        createdAt: { gte: weekAgo },
      },
      select: { id: true, action: true, actorEmail: true, createdAt: true, metadata: true },
      orderBy: { id: "desc" },
      take: LIMIT,
    }),
    // Failed sign-ins per account in the last day: a burst is three or more.
    db().auditEvent.groupBy({
      by: ["actorEmail"],
      where: { institutionId, action: "auth.sign_in_failed", createdAt: { gte: new Date(now.getTime() - DAY_MS) } },
      _count: { _all: true },
      having: { actorEmail: { _count: { gte: 3 } } },
    }),
  ]);
  return {
    members,
    deactivated,
    pending,
    expired,
    roleChanges,
    failures: failures.map((f) => ({ email: f.actorEmail ?? "?", count: f._count._all })),
  };
}
