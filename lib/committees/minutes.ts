import "server-only";
// Minutes of a session: a manager drafts and circulates them; a co-chair of each side approves
// for that side; when every side has approved they are APPROVED and locked. A change after
// that is an amendment: a new version with its own approval.
import type { z } from "zod";
import { recordEvent } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { db, type Tx } from "@/lib/server/db";
import { conflict, notFound } from "@/lib/server/errors";
import { committeeWhere } from "@/lib/server/scope";
import { assertTransition } from "@/lib/server/transitions";
import { clock } from "@/lib/time/clock";
import type { minutesTextSchema } from "./schemas";
import { committeeAccess } from "./service";
import { MINUTES_TRANSITIONS } from "./transitions";

/** Every version of a session's minutes (newest first) and what the actor may do. */
export async function getMinutes(actor: Actor, sessionId: string) {
  const session = await db().session.findFirst({
    where: { id: sessionId, committee: committeeWhere(actor) },
    select: { id: true, committeeId: true, status: true },
  });
  if (!session) throw notFound("This session");
  const { role } = await committeeAccess(db(), actor, session.committeeId);
  const [versions, sides, mySide] = await Promise.all([
    db().minutes.findMany({
      where: { sessionId },
      orderBy: { version: "desc" },
      include: { approvals: { include: { user: { select: { name: true } } } } },
    }),
    db().committeeSide.findMany({
      where: { committeeId: session.committeeId },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    }),
    db().committeeCoChair.findFirst({
      where: { committeeId: session.committeeId, userId: actor.id },
      select: { sideId: true },
    }),
  ]);
  const manager = canWorkspace(role, "committee.manage");
  const current = versions[0] ?? null;
  return {
    versions,
    sides,
    current,
    can: {
      start: manager && !current && (session.status === "IN_SESSION" || session.status === "HELD"),
      edit: manager && current?.status === "DRAFT",
      circulate: manager && current?.status === "DRAFT",
      backToDraft: manager && current?.status === "CIRCULATED",
      approve:
        !!mySide && current?.status === "CIRCULATED" && !current.approvals.some((a) => a.sideId === mySide.sideId),
      amend: manager && current?.status === "APPROVED",
    },
  };
}

// NO KEY UPDATE lets notifications about the minutes be written meanwhile (key-share locks).
async function lockMinutes(tx: Tx, actor: Actor, minutesId: string, lockVersion?: number) {
  await tx.$queryRaw`SELECT id FROM "Minutes" WHERE id = ${minutesId} FOR NO KEY UPDATE`;
  const minutes = await tx.minutes.findFirst({
    where: { id: minutesId, session: { committee: committeeWhere(actor) } },
    include: { session: { select: { committeeId: true } }, approvals: true },
  });
  if (!minutes) throw notFound("These minutes");
  if (lockVersion !== undefined && minutes.lockVersion !== lockVersion) throw conflict("stale_minutes");
  const access = await committeeAccess(tx, actor, minutes.session.committeeId);
  return { minutes, ...access };
}

export async function startMinutes(actor: Actor, input: { sessionId: string }) {
  return db().$transaction(async (tx) => {
    const session = await tx.session.findFirst({ where: { id: input.sessionId, committee: committeeWhere(actor) } });
    if (!session) throw notFound("This session");
    const { committee } = await committeeAccess(tx, actor, session.committeeId, "committee.manage");
    if (session.status === "PLANNED" || session.status === "CANCELLED") throw conflict("session_not_started");
    if (await tx.minutes.count({ where: { sessionId: session.id } })) throw conflict("minutes_exist");
    const minutes = await tx.minutes.create({ data: { sessionId: session.id, version: 1, createdById: actor.id } });
    await recordAudit(tx, {
      action: "minutes.change",
      actor,
      targetType: "minutes",
      targetId: minutes.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { op: "start" },
    });
    return minutes;
  });
}

export async function saveMinutesText(actor: Actor, input: z.infer<typeof minutesTextSchema>) {
  return db().$transaction(async (tx) => {
    const { minutes, role } = await lockMinutes(tx, actor, input.minutesId, input.lockVersion);
    requirePermission(canWorkspace(role, "committee.manage"), "manager_only_committee");
    if (minutes.status !== "DRAFT") throw conflict("minutes_locked");
    return tx.minutes.update({ where: { id: minutes.id }, data: { text: input.text, lockVersion: { increment: 1 } } });
  });
}

export async function setMinutesStatus(
  actor: Actor,
  input: { minutesId: string; lockVersion: number; status: "CIRCULATED" | "DRAFT" },
) {
  return db().$transaction(async (tx) => {
    const { minutes, role, committee } = await lockMinutes(tx, actor, input.minutesId, input.lockVersion);
    requirePermission(canWorkspace(role, "committee.manage"), "manager_only_committee");
    assertTransition(MINUTES_TRANSITIONS, minutes.status, input.status);
    if (input.status === "CIRCULATED" && !minutes.text.trim()) throw conflict("minutes_empty");
    // Back to draft: earlier approvals were for a text that may now change.
    if (input.status === "DRAFT") await tx.minutesApproval.deleteMany({ where: { minutesId: minutes.id } });
    const updated = await tx.minutes.update({
      where: { id: minutes.id },
      data: {
        status: input.status,
        lockVersion: { increment: 1 },
        circulatedAt: input.status === "CIRCULATED" ? clock.now() : null,
      },
    });
    await recordAudit(tx, {
      action: "minutes.change",
      actor,
      targetType: "minutes",
      targetId: minutes.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { from: minutes.status, to: input.status },
    });
    if (input.status === "CIRCULATED")
      await recordEvent(tx, {
        kind: "MINUTES_CIRCULATED",
        committeeId: committee.id,
        actorId: actor.id,
        sessionId: minutes.sessionId,
        minutesId: minutes.id,
        payload: { version: minutes.version },
      });
    return updated;
  });
}

/** A co-chair approves for their side; the last side's approval makes the minutes APPROVED. */
export async function approveMinutes(actor: Actor, input: { minutesId: string }) {
  return db().$transaction(async (tx) => {
    const { minutes, committee } = await lockMinutes(tx, actor, input.minutesId);
    const seat = await tx.committeeCoChair.findFirst({
      where: { committeeId: minutes.session.committeeId, userId: actor.id },
    });
    requirePermission(!!seat, "co_chair_only");
    if (minutes.status !== "CIRCULATED") throw conflict("minutes_not_circulated");
    if (minutes.approvals.some((a) => a.sideId === seat!.sideId)) throw conflict("side_already_approved");
    await tx.minutesApproval.create({ data: { minutesId: minutes.id, sideId: seat!.sideId, userId: actor.id } });
    const sides = await tx.committeeSide.count({ where: { committeeId: minutes.session.committeeId } });
    const approved = minutes.approvals.length + 1 >= sides;
    const updated = await tx.minutes.update({
      where: { id: minutes.id },
      data: { lockVersion: { increment: 1 }, ...(approved ? { status: "APPROVED", approvedAt: clock.now() } : {}) },
    });
    await recordAudit(tx, {
      action: "minutes.change",
      actor,
      targetType: "minutes",
      targetId: minutes.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { op: "approve", complete: approved },
    });
    if (approved)
      await recordEvent(tx, {
        kind: "MINUTES_APPROVED",
        committeeId: committee.id,
        actorId: actor.id,
        sessionId: minutes.sessionId,
        minutesId: minutes.id,
        payload: { version: minutes.version },
      });
    return updated;
  });
}

/** Approved minutes stay as they are; an amendment starts a new version from their text. */
export async function amendMinutes(actor: Actor, input: { minutesId: string }) {
  return db().$transaction(async (tx) => {
    const { minutes, role, committee } = await lockMinutes(tx, actor, input.minutesId);
    requirePermission(canWorkspace(role, "committee.manage"), "manager_only_committee");
    const latest = await tx.minutes.findFirst({
      where: { sessionId: minutes.sessionId },
      orderBy: { version: "desc" },
    });
    if (minutes.status !== "APPROVED" || latest?.id !== minutes.id) throw conflict("amend_latest_approved");
    const amendment = await tx.minutes.create({
      data: { sessionId: minutes.sessionId, version: minutes.version + 1, text: minutes.text, createdById: actor.id },
    });
    await recordAudit(tx, {
      action: "minutes.change",
      actor,
      targetType: "minutes",
      targetId: amendment.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { op: "amend", version: amendment.version },
    });
    await recordEvent(tx, {
      kind: "MINUTES_AMENDED",
      committeeId: committee.id,
      actorId: actor.id,
      sessionId: minutes.sessionId,
      minutesId: amendment.id,
      payload: { version: amendment.version },
    });
    return amendment;
  });
}
