import "server-only";
// Consultation rounds (issue 12, item 5), the committee's side: a manager on a side opens a
// round on an agenda item (that side convenes it), invites people by email or by choosing
// members, sends each a single-person link, reviews the answers, closes the round and releases
// a summary. The side rule (committeeAccess → sideIds) decides every read: the convening
// side's readers see the answers; everyone else in the committee sees a round only once it is
// released, and then only its question, summary and counts by position.
import type { z } from "zod";
import { readStored } from "@/lib/attachments/service";
import { committeeAccess, committeeCan } from "@/lib/committees/service";
import { queueEmails } from "@/lib/email/service";
import type { ConsultationStatus, FeedbackKind } from "@/lib/generated/prisma/enums";
import { recordEvent } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { db, type Tx } from "@/lib/server/db";
import { conflict, invalid, notFound } from "@/lib/server/errors";
import { newLinkToken } from "@/lib/server/link-tokens";
import { keyset, toPage } from "@/lib/server/pagination";
import { committeeWhere } from "@/lib/server/scope";
import { clock } from "@/lib/time/clock";
import { zonedToUtc } from "@/lib/time/zones";
import { consultationEmail, consultationLink } from "./email";
import type {
  addInviteesSchema,
  openRoundSchema,
  releaseRoundSchema,
  revokeInviteeSchema,
  roundActionSchema,
} from "./schemas";
import { POSITIONS } from "./schemas";

const ANSWERS_PAGE = 25;

/** OPEN rounds read as CLOSED once their deadline has passed. */
export function effectiveStatus(round: { status: ConsultationStatus; deadline: Date }, now = clock.now()) {
  return round.status === "OPEN" && round.deadline.getTime() <= now.getTime() ? "CLOSED" : round.status;
}

export type PositionCounts = Record<FeedbackKind, number>;

const emptyCounts = (): PositionCounts => ({ SUPPORT: 0, CONCERN: 0, PROPOSAL: 0 });

/** Answers per position of each round (counts only: what the partner side may see). */
async function countsOf(tx: Tx, roundIds: string[]): Promise<Map<string, PositionCounts>> {
  const result = new Map<string, PositionCounts>();
  if (!roundIds.length) return result;
  const rows = await tx.consultationAnswer.groupBy({
    by: ["roundId", "position"],
    where: { roundId: { in: roundIds } },
    _count: { _all: true },
  });
  for (const row of rows) {
    const counts = result.get(row.roundId) ?? emptyCounts();
    counts[row.position] = row._count._all;
    result.set(row.roundId, counts);
  }
  return result;
}

const ANSWER_SELECT = {
  id: true,
  organisation: true,
  sector: true,
  position: true,
  text: true,
  evidence: true,
  fileName: true,
  fileSize: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  invitee: { select: { name: true, email: true } },
  followUps: { select: { id: true, title: true, status: true } },
} as const;

const ROUND_SELECT = {
  id: true,
  agendaItemId: true,
  committeeId: true,
  sideId: true,
  question: true,
  deadline: true,
  timeZone: true,
  status: true,
  summary: true,
  releasedAt: true,
  version: true,
  createdAt: true,
  side: { select: { name: true } },
  releasedBy: { select: { name: true } },
  createdBy: { select: { name: true } },
  agendaItem: { select: { id: true, title: true } },
  _count: { select: { invitees: { where: { revokedAt: null } }, answers: true } },
} as const;

/** Rounds a reader may see at all: their side's, and released ones. */
function visibleRoundsWhere(sideIds: readonly string[]) {
  return { OR: [{ sideId: { in: [...sideIds] } }, { status: "RELEASED" as const }] };
}

type RoundRow = Awaited<ReturnType<typeof roundRows>>[number];

function roundRows(tx: Tx, where: object) {
  return tx.consultationRound.findMany({
    where,
    select: ROUND_SELECT,
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}

/**
 * What a reader sees of rounds: everything for the convening side (answers included when
 * `withAnswers`), else the released question, summary and counts, never an answer.
 */
async function roundViews(tx: Tx, rows: RoundRow[], sideIds: readonly string[], withAnswers: boolean) {
  const counts = await countsOf(
    tx,
    rows.map((r) => r.id),
  );
  const own = rows.filter((r) => sideIds.includes(r.sideId)).map((r) => r.id);
  const answers =
    withAnswers && own.length
      ? await tx.consultationAnswer.findMany({
          where: { roundId: { in: own } },
          select: { ...ANSWER_SELECT, roundId: true },
          orderBy: { createdAt: "asc" },
          take: 2000,
        })
      : [];
  const now = clock.now();
  return rows.map((r) => {
    const convening = sideIds.includes(r.sideId);
    return {
      ...r,
      status: effectiveStatus(r, now),
      convening,
      counts: counts.get(r.id) ?? emptyCounts(),
      answers: convening ? answers.filter((a) => a.roundId === r.id) : null,
      // The partner side reads the summary only once released.
      summary: convening || r.status === "RELEASED" ? r.summary : "",
    };
  });
}
export type RoundView = Awaited<ReturnType<typeof roundViews>>[number];

/** The rounds of an agenda item the reader may see (the agenda item's page). */
export async function listItemRounds(actor: Actor, agendaItemId: string) {
  const tx = db();
  const item = await tx.agendaItem.findFirst({
    where: { id: agendaItemId, committee: committeeWhere(actor) },
    select: { id: true, committeeId: true },
  });
  if (!item) throw notFound("This agenda item");
  const { sideIds, role } = await committeeAccess(tx, actor, item.committeeId);
  const rows = await roundRows(tx, { agendaItemId: item.id, ...visibleRoundsWhere(sideIds) });
  // The section shows counts; the answers are on the round's page.
  const rounds = await roundViews(tx, rows, sideIds, false);
  const canOpen = role === "MANAGER" && sideIds.length > 0;
  const mySides = canOpen
    ? await tx.committeeSide.findMany({
        where: { id: { in: sideIds } },
        select: { id: true, name: true },
        orderBy: { position: "asc" },
      })
    : [];
  return { rounds, canOpen, mySides, manager: role === "MANAGER" };
}

/** The pack: per agenda item, the rounds the reader may see (answers for the convening side). */
export async function packRounds(actor: Actor, committeeId: string, agendaItemIds: string[]) {
  const tx = db();
  const { sideIds } = await committeeAccess(tx, actor, committeeId);
  const rows = await roundRows(tx, {
    committeeId,
    agendaItemId: { in: agendaItemIds },
    ...visibleRoundsWhere(sideIds),
  });
  const views = await roundViews(tx, rows, sideIds, true);
  const byItem = new Map<string, RoundView[]>();
  for (const view of views) byItem.set(view.agendaItemId, [...(byItem.get(view.agendaItemId) ?? []), view]);
  return byItem;
}

/** One round (its page, answers newest first by pages); 404 unless the reader is on its side or it is released. */
export async function getRound(actor: Actor, roundId: string, answersCursor?: string) {
  const tx = db();
  const row = await tx.consultationRound.findFirst({
    where: { id: roundId, committee: committeeWhere(actor) },
    select: { committeeId: true },
  });
  if (!row) throw notFound("This consultation");
  const { sideIds, role, committee } = await committeeAccess(tx, actor, row.committeeId);
  const rows = await roundRows(tx, { id: roundId, ...visibleRoundsWhere(sideIds) });
  if (!rows.length) throw notFound("This consultation");
  const [view] = await roundViews(tx, rows, sideIds, false);
  const page = keyset(answersCursor, ANSWERS_PAGE);
  const answers = view.convening
    ? toPage(
        await tx.consultationAnswer.findMany({
          where: { roundId, ...page.where },
          select: ANSWER_SELECT,
          orderBy: page.orderBy,
          take: page.take,
        }),
        ANSWERS_PAGE,
      )
    : null;
  const invitees = view.convening
    ? await tx.consultationInvitee.findMany({
        where: { roundId },
        select: {
          id: true,
          email: true,
          name: true,
          locale: true,
          sentAt: true,
          revokedAt: true,
          userId: true,
          answer: { select: { id: true } },
        },
        orderBy: { createdAt: "asc" },
        take: ROUND_INVITEES_MAX,
      })
    : null;
  const can = committeeCan(role);
  return {
    ...view,
    answers: answers?.items ?? null,
    olderAnswers: answers?.nextCursor ?? null,
    committee,
    invitees,
    can: { manage: view.convening && can.manage, followUps: view.convening && can.manageFollowUps },
  };
}

/**
 * The round, locked, for a manager of its convening side. Outside the workspace or on another
 * side it is a 404 (the side rule is in the query, before any role check, so a partner side
 * cannot learn that an unreleased round exists); a non-manager of the convening side gets 403.
 */
async function managedRound(tx: Tx, actor: Actor, roundId: string) {
  const scoped = await tx.consultationRound.findFirst({
    where: { id: roundId, committee: committeeWhere(actor) },
    select: { committeeId: true },
  });
  if (!scoped) throw notFound("This consultation");
  const { committee, role, sideIds } = await committeeAccess(tx, actor, scoped.committeeId);
  const mine = { id: roundId, sideId: { in: sideIds } };
  if (!(await tx.consultationRound.count({ where: mine }))) throw notFound("This consultation");
  requirePermission(canWorkspace(role, "committee.manage"), "manager_only_committee");
  await tx.$queryRaw`SELECT id FROM "ConsultationRound" WHERE id = ${roundId} FOR NO KEY UPDATE`;
  const round = await tx.consultationRound.findFirstOrThrow({ where: mine });
  return { round, committee };
}

/** The most people one round may invite (its page lists them all, one send reaches them all). */
export const ROUND_INVITEES_MAX = 500;

/** Adds invitees (emails and members), skipping emails already invited to the round. */
async function addInviteesTx(
  tx: Tx,
  round: { id: string; deadline: Date },
  workspaceId: string,
  input: { emails: { name: string; email: string }[]; members: string[]; locale: string },
) {
  const members = input.members.length
    ? await tx.user.findMany({
        where: {
          id: { in: [...new Set(input.members)] },
          status: "ACTIVE",
          workspaceMemberships: { some: { workspaceId } },
        },
        select: { id: true, email: true, name: true, locale: true },
      })
    : [];
  if (members.length !== new Set(input.members).size) throw invalid("members", "unknown_member");
  const rows = [
    ...input.emails.map((p) => ({ email: p.email, name: p.name, userId: null as string | null, locale: input.locale })),
    ...members.map((m) => ({ email: m.email.toLowerCase(), name: m.name, userId: m.id, locale: m.locale })),
  ];
  if (!rows.length) throw invalid("emails", "choose_invitees");
  // A round's whole list stays what its page shows and its send reaches (ROUND_INVITEES_MAX).
  const already = await tx.consultationInvitee.count({ where: { roundId: round.id } });
  if (already + rows.length > ROUND_INVITEES_MAX) throw invalid("emails", `max_items:${ROUND_INVITEES_MAX}`);
  const { count } = await tx.consultationInvitee.createMany({
    data: rows.map((r) => ({ ...r, roundId: round.id, expiresAt: round.deadline })),
    skipDuplicates: true,
  });
  return count;
}

export async function openRound(actor: Actor, input: z.infer<typeof openRoundSchema>) {
  return db().$transaction(async (tx) => {
    const item = await tx.agendaItem.findFirst({
      where: { id: input.agendaItemId, committee: committeeWhere(actor) },
      select: { id: true, committeeId: true, title: true },
    });
    if (!item) throw notFound("This agenda item");
    const { committee, sideIds } = await committeeAccess(tx, actor, item.committeeId, "committee.manage");
    if (!sideIds.length) throw invalid("sideId", "not_on_a_side");
    const sideId = input.sideId || sideIds[0];
    if (!sideIds.includes(sideId)) throw invalid("sideId", "not_on_a_side");
    const deadline = zonedToUtc(input.deadline, input.timeZone);
    if (deadline.getTime() <= clock.ms()) throw invalid("deadline", "deadline_in_past");
    const round = await tx.consultationRound.create({
      data: {
        agendaItemId: item.id,
        committeeId: committee.id,
        sideId,
        question: input.question,
        deadline,
        timeZone: input.timeZone,
        createdById: actor.id,
      },
    });
    const invited = await addInviteesTx(tx, round, committee.workspaceId, input);
    await recordAudit(tx, {
      action: "consultation.open",
      actor,
      targetType: "consultation",
      targetId: round.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { agendaItem: item.title, invited },
    });
    return round;
  });
}

export async function addInvitees(actor: Actor, input: z.infer<typeof addInviteesSchema>) {
  return db().$transaction(async (tx) => {
    const { round, committee } = await managedRound(tx, actor, input.roundId);
    if (effectiveStatus(round) !== "OPEN") throw conflict("consultation_closed");
    const invited = await addInviteesTx(tx, round, committee.workspaceId, input);
    await recordAudit(tx, {
      action: "consultation.invite",
      actor,
      targetType: "consultation",
      targetId: round.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { invited },
    });
    return { invited };
  });
}

/** Emails a single-person link to every invitee not sent one yet (a new random token each). */
export async function sendInvitations(actor: Actor, input: { roundId: string }) {
  return db().$transaction(async (tx) => {
    const { round, committee } = await managedRound(tx, actor, input.roundId);
    if (effectiveStatus(round) !== "OPEN") throw conflict("consultation_closed");
    const item = await tx.agendaItem.findUniqueOrThrow({ where: { id: round.agendaItemId }, select: { title: true } });
    const pending = await tx.consultationInvitee.findMany({
      where: { roundId: round.id, sentAt: null, revokedAt: null },
      take: ROUND_INVITEES_MAX,
    });
    const emails = [];
    for (const invitee of pending) {
      const { token, tokenHash } = newLinkToken();
      await tx.consultationInvitee.update({
        where: { id: invitee.id },
        data: { tokenHash, sentAt: clock.now(), expiresAt: round.deadline },
      });
      emails.push(
        consultationEmail({
          to: invitee.email,
          name: invitee.name,
          locale: invitee.locale,
          committee: committee.name,
          title: item.title,
          question: round.question,
          deadline: round.deadline,
          timeZone: round.timeZone,
          link: consultationLink(token),
        }),
      );
    }
    await queueEmails(tx, emails);
    await recordAudit(tx, {
      action: "consultation.send",
      actor,
      targetType: "consultation",
      targetId: round.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { sent: emails.length },
    });
    return { sent: emails.length };
  });
}

/** Withdraws one invitee's link (their answer, if any, stays). */
export async function revokeInvitee(actor: Actor, input: z.infer<typeof revokeInviteeSchema>) {
  return db().$transaction(async (tx) => {
    const { round, committee } = await managedRound(tx, actor, input.roundId);
    const { count } = await tx.consultationInvitee.updateMany({
      where: { id: input.inviteeId, roundId: round.id, revokedAt: null },
      data: { revokedAt: clock.now() },
    });
    if (!count) throw notFound("This invitee");
    await recordAudit(tx, {
      action: "consultation.revoke",
      actor,
      targetType: "consultation",
      targetId: round.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { inviteeId: input.inviteeId },
    });
  });
}

/** Stops answers before the deadline. */
export async function closeRound(actor: Actor, input: z.infer<typeof roundActionSchema>) {
  return db().$transaction(async (tx) => {
    const { round, committee } = await managedRound(tx, actor, input.roundId);
    if (round.version !== input.version) throw conflict("stale_consultation");
    if (effectiveStatus(round) === "RELEASED") throw conflict("consultation_released");
    const now = clock.now();
    await tx.consultationRound.update({
      where: { id: round.id },
      data: {
        status: "CLOSED",
        deadline: new Date(Math.min(round.deadline.getTime(), now.getTime())),
        version: { increment: 1 },
      },
    });
    await tx.consultationInvitee.updateMany({
      where: { roundId: round.id, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await recordAudit(tx, {
      action: "consultation.close",
      actor,
      targetType: "consultation",
      targetId: round.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
    });
  });
}

/**
 * Releases the summary to the committee: the partner side then reads the question, the summary
 * and the counts by position. Closes the round if it was still open. Tells the partner side.
 */
export async function releaseRound(actor: Actor, input: z.infer<typeof releaseRoundSchema>) {
  return db().$transaction(async (tx) => {
    const { round, committee } = await managedRound(tx, actor, input.roundId);
    if (round.version !== input.version) throw conflict("stale_consultation");
    if (round.status === "RELEASED") throw conflict("consultation_released");
    const now = clock.now();
    const updated = await tx.consultationRound.update({
      where: { id: round.id },
      data: {
        status: "RELEASED",
        summary: input.summary,
        releasedAt: now,
        releasedById: actor.id,
        deadline: new Date(Math.min(round.deadline.getTime(), now.getTime())),
        version: { increment: 1 },
      },
    });
    await tx.consultationInvitee.updateMany({
      where: { roundId: round.id, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await recordAudit(tx, {
      action: "consultation.release",
      actor,
      targetType: "consultation",
      targetId: round.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
    });
    await recordEvent(tx, {
      kind: "CONSULTATION_RELEASED",
      committeeId: committee.id,
      actorId: actor.id,
      agendaItemId: round.agendaItemId,
      payload: { side: round.sideId, consultationId: round.id },
    });
    return updated;
  });
}

/**
 * For a follow-up made from an answer (lib/followups/service.ts): the answer's agenda item,
 * when the answer is in this committee and the actor is on its round's convening side.
 */
export async function answerForFollowUp(tx: Tx, answerId: string, committeeId: string, sideIds: readonly string[]) {
  const answer = await tx.consultationAnswer.findFirst({
    where: { id: answerId, round: { committeeId, sideId: { in: [...sideIds] } } },
    select: { id: true, round: { select: { agendaItemId: true } } },
  });
  return answer ? { id: answer.id, agendaItemId: answer.round.agendaItemId } : null;
}

/** Where a follow-up made from an answer came from, for readers on the round's side only. */
export async function followUpOrigin(actor: Actor, followUpId: string) {
  const followUp = await db().followUp.findFirst({
    where: { id: followUpId, committee: committeeWhere(actor), consultationAnswerId: { not: null } },
    select: {
      committeeId: true,
      consultationAnswer: {
        select: { id: true, organisation: true, position: true, round: { select: { id: true, sideId: true } } },
      },
    },
  });
  if (!followUp?.consultationAnswer) return null;
  const { sideIds } = await committeeAccess(db(), actor, followUp.committeeId);
  const answer = followUp.consultationAnswer;
  return sideIds.includes(answer.round.sideId)
    ? { roundId: answer.round.id, organisation: answer.organisation, position: answer.position }
    : null;
}

/** An answer's file, for readers on its round's convening side only; 404 otherwise. */
export async function readAnswerFile(actor: Actor, answerId: string) {
  const answer = await db().consultationAnswer.findFirst({
    where: { id: answerId, storageKey: { not: null }, round: { committee: committeeWhere(actor) } },
    select: {
      fileName: true,
      contentType: true,
      storageKey: true,
      round: { select: { committeeId: true, sideId: true } },
    },
  });
  if (!answer?.storageKey) throw notFound("This file");
  const { sideIds } = await committeeAccess(db(), actor, answer.round.committeeId);
  if (!sideIds.includes(answer.round.sideId)) throw notFound("This file");
  const bytes = await readStored(answer.storageKey);
  return {
    fileName: answer.fileName ?? "answer",
    contentType: answer.contentType ?? "application/octet-stream",
    bytes,
  };
}

/** Members of the committee's workspace a manager may invite (active). */
export async function invitableMembers(actor: Actor, committeeId: string) {
  const { committee } = await committeeAccess(db(), actor, committeeId, "committee.manage");
  return db().user.findMany({
    where: { status: "ACTIVE", workspaceMemberships: { some: { workspaceId: committee.workspaceId } } },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
    take: 500,
  });
}

export { POSITIONS };
