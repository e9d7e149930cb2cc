import "server-only";
import { committeeAccess } from "@/lib/committees/service";
// Committee scorecards: how the follow-ups a committee decided are doing. Every figure is an
// SQL aggregate over the committee's follow-ups; committees are found through the viewer's
// workspace memberships, so a committee the viewer may not see is simply not there (404).
//
// Definitions (also in docs/architecture.md):
// - health: the rule of ./health.ts, written as SQL (`HEALTH_SQL`);
// - on-time rate: of the follow-ups that are done or past due, the share done by their due date;
// - average days overdue: over open follow-ups past their due date, days since the due date;
// - by side: a follow-up counts for each side one of its lead institutions sits on;
// - trend: the same figures as they stood at the start of each past session, and today.
import { Prisma } from "@/lib/generated/prisma/client";
import type { FollowUpStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { visibleCommitteeSql } from "@/lib/server/scope";
import { clock, today } from "@/lib/time/clock";
import type { Health } from "./health";

export const SCORED_HEALTH = ["ON_TRACK", "AT_RISK", "OVERDUE", "DONE"] as const;
export type ScoredHealth = (typeof SCORED_HEALTH)[number];
export type HealthCounts = Record<ScoredHealth, number>;
export const STATUS_ORDER: FollowUpStatus[] = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"];

const num = (v: bigint | number | string | null | undefined) => (v === null || v === undefined ? 0 : Number(v));
const emptyHealth = (): HealthCounts => ({ ON_TRACK: 0, AT_RISK: 0, OVERDUE: 0, DONE: 0 });

/** followUpHealth() in SQL, for `f` = "FollowUp", as of the date `day`. */
const healthSql = (day: Date) => Prisma.sql`CASE
  WHEN f.status = 'DONE' THEN 'DONE'
  WHEN f.status = 'CANCELLED' THEN 'CANCELLED'
  WHEN f."dueDate" < ${day}::date THEN 'OVERDUE'
  WHEN f.status = 'BLOCKED' OR (f."dueDate" <= ${day}::date + 7 AND f.progress < 50) THEN 'AT_RISK'
  ELSE 'ON_TRACK' END`;

export interface CommitteeSummary {
  id: string;
  name: string;
  /** A sub-committee's parent (issue 12, item 4). */
  parentId: string | null;
  workspace: string;
  total: number;
  byStatus: Record<FollowUpStatus, number>;
  overdue: number;
  /** Done by their due date. */
  onTime: number;
  /** null when nothing is done or due yet. */
  onTimeRate: number | null;
  avgDaysOverdue: number | null;
}

/** One line per committee the actor can see: the figures of the scorecards index. */
export async function committeeSummaries(
  actor: Actor,
  committeeId?: string,
  /** With `committeeId`: also its sub-committees (the roll-up), the committee itself first. */
  withSubCommittees = false,
): Promise<CommitteeSummary[]> {
  const day = today();
  const rows = await db().$queryRaw<Record<string, string | bigint | number | null>[]>`
    SELECT c.id, c.name, c."parentId", w.name AS workspace,
      count(f.id) AS total,
      count(f.id) FILTER (WHERE f.status = 'OPEN') AS "OPEN",
      count(f.id) FILTER (WHERE f.status = 'IN_PROGRESS') AS "IN_PROGRESS",
      count(f.id) FILTER (WHERE f.status = 'BLOCKED') AS "BLOCKED",
      count(f.id) FILTER (WHERE f.status = 'DONE') AS "DONE",
      count(f.id) FILTER (WHERE f.status = 'CANCELLED') AS "CANCELLED",
      count(f.id) FILTER (WHERE f.status NOT IN ('DONE', 'CANCELLED') AND f."dueDate" < ${day}::date) AS overdue,
      count(f.id) FILTER (WHERE f.status = 'DONE' AND f."closedAt"::date <= f."dueDate") AS on_time,
      avg(${day}::date - f."dueDate") FILTER (WHERE f.status NOT IN ('DONE', 'CANCELLED') AND f."dueDate" < ${day}::date) AS avg_overdue
    FROM "Committee" c
    JOIN "Workspace" w ON w.id = c."workspaceId"
    LEFT JOIN "FollowUp" f ON f."committeeId" = c.id
    WHERE ${visibleCommitteeSql(actor)} ${
      committeeId
        ? withSubCommittees
          ? Prisma.sql`AND (c.id = ${committeeId} OR c."parentId" = ${committeeId})`
          : Prisma.sql`AND c.id = ${committeeId}`
        : Prisma.empty
    }
    GROUP BY c.id, c.name, c."parentId", w.name
    ORDER BY c."parentId" IS NOT NULL, c.name`;
  return rows.map((r) => {
    const done = num(r.DONE);
    const overdue = num(r.overdue);
    return {
      id: String(r.id),
      name: String(r.name),
      parentId: r.parentId === null ? null : String(r.parentId),
      workspace: String(r.workspace),
      total: num(r.total),
      byStatus: Object.fromEntries(STATUS_ORDER.map((s) => [s, num(r[s])])) as Record<FollowUpStatus, number>,
      overdue,
      onTime: num(r.on_time),
      onTimeRate: rate(num(r.on_time), done + overdue),
      avgDaysOverdue: r.avg_overdue === null ? null : Math.round(num(r.avg_overdue) * 10) / 10,
    };
  });
}

const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/** A committee's own figures, each sub-committee's, and their sum (issue 12, item 4). */
export interface RollUp {
  /** The committee itself first, then its sub-committees. */
  rows: CommitteeSummary[];
  total: { total: number; byStatus: Record<FollowUpStatus, number>; overdue: number; onTimeRate: number | null };
}

export function rollUpOf(rows: CommitteeSummary[]): RollUp {
  const byStatus = Object.fromEntries(
    STATUS_ORDER.map((s) => [s, rows.reduce((sum, r) => sum + r.byStatus[s], 0)]),
  ) as Record<FollowUpStatus, number>;
  const sum = (f: (r: CommitteeSummary) => number) => rows.reduce((n, r) => n + f(r), 0);
  const overdue = sum((r) => r.overdue);
  return {
    rows,
    total: {
      total: sum((r) => r.total),
      byStatus,
      overdue,
      onTimeRate: rate(
        sum((r) => r.onTime),
        byStatus.DONE + overdue,
      ),
    },
  };
}

export interface CommitteeScorecard {
  summary: CommitteeSummary;
  rollUp: RollUp;
  health: HealthCounts;
  bySide: { id: string; name: string; byStatus: Record<FollowUpStatus, number> }[];
  byItem: Map<string, { title: string; health: HealthCounts; avgProgress: number; total: number }>;
  trend: {
    key: string;
    label: string;
    date: Date;
    isToday: boolean;
    total: number;
    done: number;
    overdue: number;
    onTimeRate: number | null;
  }[];
}

/** The full scorecard of one committee; 404 unless the actor is in its workspace. */
export async function committeeScorecard(actor: Actor, committeeId: string): Promise<CommitteeScorecard> {
  await committeeAccess(db(), actor, committeeId);
  const now = clock.now();
  const day = today(now);
  const [summaries, health, sides, items, trend] = await Promise.all([
    committeeSummaries(actor, committeeId, true),
    db().$queryRaw<{ health: Health; n: bigint | number }[]>`
      SELECT ${healthSql(day)} AS health, count(*) AS n FROM "FollowUp" f WHERE f."committeeId" = ${committeeId} GROUP BY 1`,
    db().$queryRaw<{ id: string; name: string; status: FollowUpStatus | null; n: bigint | number }[]>`
      SELECT s.id, s.name, x.status, count(x.id) AS n
      FROM "CommitteeSide" s
      LEFT JOIN LATERAL (
        SELECT f.id, f.status FROM "FollowUp" f
        WHERE f."committeeId" = s."committeeId" AND EXISTS (
          SELECT 1 FROM "FollowUpLead" l JOIN "CommitteeInstitution" ci ON ci."institutionId" = l."institutionId" AND ci."committeeId" = s."committeeId"
          WHERE l."followUpId" = f.id AND ci."sideId" = s.id)
      ) x ON true
      WHERE s."committeeId" = ${committeeId}
      GROUP BY s.id, s.name, s.position, x.status
      ORDER BY s.position`,
    db().$queryRaw<
      { item: string; title: string; health: Health; n: bigint | number; progress: number | string | null }[]
    >`
      SELECT a.id AS item, a.title, ${healthSql(day)} AS health, count(*) AS n,
             sum(CASE WHEN f.status = 'DONE' THEN 100 ELSE f.progress END) FILTER (WHERE f.status <> 'CANCELLED') AS progress
      FROM "AgendaItem" a JOIN "FollowUp" f ON f."agendaItemId" = a.id
      WHERE a."committeeId" = ${committeeId}
      GROUP BY 1, 2, 3`,
    db().$queryRaw<
      {
        id: string;
        title: string;
        at: Date;
        total: bigint | number;
        done: bigint | number;
        on_time: bigint | number;
        overdue: bigint | number;
      }[]
    >`
      WITH points AS (
        SELECT s.id, s.title, s."startsAt" AS at FROM "Session" s WHERE s."committeeId" = ${committeeId} AND s."startsAt" <= ${now}::timestamptz
        UNION ALL SELECT 'today', '', ${now}::timestamptz
      )
      SELECT p.id, p.title, p.at,
        count(f.id) FILTER (WHERE f."createdAt" <= p.at AND NOT (f.status = 'CANCELLED' AND f."closedAt" <= p.at)) AS total,
        count(f.id) FILTER (WHERE f.status = 'DONE' AND f."closedAt" <= p.at) AS done,
        count(f.id) FILTER (WHERE f.status = 'DONE' AND f."closedAt" <= p.at AND f."closedAt"::date <= f."dueDate") AS on_time,
        count(f.id) FILTER (WHERE f."createdAt" <= p.at AND f."dueDate" < p.at::date AND NOT (f.status IN ('DONE', 'CANCELLED') AND f."closedAt" <= p.at)) AS overdue
      FROM points p LEFT JOIN "FollowUp" f ON f."committeeId" = ${committeeId}
      GROUP BY p.id, p.title, p.at
      ORDER BY p.at`,
  ]);
  const summary = summaries.find((c) => c.id === committeeId);
  if (!summary) throw notFound("This committee");

  const totals = emptyHealth();
  for (const h of health) if (h.health !== "CANCELLED") totals[h.health] = num(h.n);

  const sideMap = new Map<string, CommitteeScorecard["bySide"][number]>();
  for (const r of sides) {
    const side = sideMap.get(r.id) ?? {
      id: r.id,
      name: r.name,
      byStatus: Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<FollowUpStatus, number>,
    };
    if (r.status) side.byStatus[r.status] = num(r.n);
    sideMap.set(r.id, side);
  }

  const byItem = new Map<
    string,
    { title: string; health: HealthCounts; avgProgress: number; total: number; progressSum: number }
  >();
  for (const r of items) {
    const item = byItem.get(r.item) ?? {
      title: r.title,
      health: emptyHealth(),
      avgProgress: 0,
      total: 0,
      progressSum: 0,
    };
    if (r.health !== "CANCELLED") {
      item.health[r.health] = num(r.n);
      item.total += num(r.n);
      item.progressSum += num(r.progress);
    }
    byItem.set(r.item, item);
  }
  for (const item of byItem.values()) item.avgProgress = item.total ? Math.round(item.progressSum / item.total) : 0;

  return {
    summary,
    rollUp: rollUpOf(summaries),
    health: totals,
    bySide: [...sideMap.values()],
    byItem: new Map(
      [...byItem].map(([id, { title, health: h, avgProgress, total }]) => [
        id,
        { title, health: h, avgProgress, total },
      ]),
    ),
    trend: trend.map((p) => ({
      key: p.id,
      label: p.title,
      date: p.at,
      isToday: p.id === "today",
      total: num(p.total),
      done: num(p.done),
      overdue: num(p.overdue),
      onTimeRate: rate(num(p.on_time), num(p.done) + num(p.overdue)),
    })),
  };
}
