import "server-only";
// The public side of a consultation: the single-person link (no account) opens a form that
// shows only the question, the agenda item's title and the deadline; one answer per link,
// editable until the deadline. Rate limited per client address and per link (counted before
// anything else, in a statement of its own, so refused and failed attempts count too).
import { discardStored, storeUploadedFile } from "@/lib/attachments/service";
import { recordAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError, conflict, invalid } from "@/lib/server/errors";
import { hashLinkToken } from "@/lib/server/link-tokens";
import { hitRateLimits, type RateLimit } from "@/lib/server/rate-limit";
import { clock } from "@/lib/time/clock";
import { ANSWER_FILE_MAX_BYTES, type AnswerInput } from "./schemas";

/** Submissions per client address (a whole organisation may share one) and per link. */
export const CONSULT_IP_LIMIT: RateLimit = { limit: 30, windowSeconds: 600 };
export const CONSULT_LINK_LIMIT: RateLimit = { limit: 10, windowSeconds: 600 };
/** Page views per client address (unknown tokens count too: no guessing at speed). */
export const CONSULT_VIEW_LIMIT: RateLimit = { limit: 120, windowSeconds: 600 };

const linkUnavailable = () => new AppError("NOT_FOUND", "link_unavailable");

/** The link's invitee, round and answer, if the link works now (known, not revoked, before the deadline). */
async function findLink(token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const invitee = await db().consultationInvitee.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      id: true,
      locale: true,
      email: true,
      revokedAt: true,
      expiresAt: true,
      round: {
        select: {
          id: true,
          question: true,
          deadline: true,
          timeZone: true,
          status: true,
          agendaItem: { select: { title: true } },
          committee: { select: { workspaceId: true } },
        },
      },
      answer: {
        select: {
          organisation: true,
          sector: true,
          position: true,
          text: true,
          evidence: true,
          fileName: true,
          fileSize: true,
          version: true,
          updatedAt: true,
        },
      },
    },
  });
  if (!invitee) return null;
  const now = clock.ms();
  const open =
    !invitee.revokedAt &&
    invitee.round.status === "OPEN" &&
    invitee.round.deadline.getTime() > now &&
    invitee.expiresAt.getTime() > now;
  return open ? invitee : null;
}

/** What the public page shows for a token: only the question, the item's title, the deadline and the saved answer. */
export async function inspectConsultationLink(token: string) {
  const link = await findLink(token);
  if (!link) return null;
  return {
    locale: link.locale,
    question: link.round.question,
    title: link.round.agendaItem.title,
    deadline: link.round.deadline,
    timeZone: link.round.timeZone,
    answer: link.answer && { ...link.answer, evidence: link.answer.evidence as string[] },
  };
}

/** The public page: counts the view per client address, then reads the link (null: unavailable). */
export async function viewConsultationLink(token: string, ip: string | null) {
  const allowed = await hitRateLimits(db(), [{ key: `consult-view:${ip ?? "unknown"}`, rule: CONSULT_VIEW_LIMIT }]);
  if (!allowed) return { status: "rate_limited" as const };
  const link = await inspectConsultationLink(token);
  return link ? { status: "valid" as const, link } : { status: "unavailable" as const };
}

/** Saves the link's answer (first time or an edit before the deadline). */
export async function submitConsultationAnswer(input: AnswerInput, ip: string | null) {
  const tokenHash = /^[A-Za-z0-9_-]{43}$/.test(input.token) ? hashLinkToken(input.token) : "invalid";
  const allowed = await hitRateLimits(db(), [
    { key: `consult-ip:${ip ?? "unknown"}`, rule: CONSULT_IP_LIMIT },
    { key: `consult-link:${tokenHash.slice(0, 32)}`, rule: CONSULT_LINK_LIMIT },
  ]);
  if (!allowed) throw new AppError("RATE_LIMITED", "rate_limited");
  if (!(await findLink(input.token))) throw linkUnavailable();

  let stored: { storageKey: string; fileName: string; contentType: string; fileSize: number } | null = null;
  if (input.file) {
    // A tighter limit than members' attachments (anyone with a link uploads), then the shared
    // checks and store.
    if (input.file.size > ANSWER_FILE_MAX_BYTES) throw invalid("file", "answer_file_too_large");
    const { size, ...file } = await storeUploadedFile(input.file);
    stored = { ...file, fileSize: size };
  }
  try {
    const { replacedKey } = await db().$transaction(async (tx) => {
      // One writer per link at a time; the link is checked again under the lock.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "ConsultationInvitee" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
      const link = await findLinkIn(tx, tokenHash);
      if (!locked.length || !link) throw linkUnavailable();
      const fields = {
        organisation: input.organisation,
        sector: input.sector,
        position: input.position,
        text: input.text,
        evidence: input.evidence,
        ...(stored ?? {}),
      };
      const existing = link.answer;
      if (existing) {
        if (input.version !== existing.version) throw conflict("stale_answer");
        await tx.consultationAnswer.update({
          where: { id: existing.id },
          data: { ...fields, version: { increment: 1 } },
        });
      } else {
        if (input.version !== "") throw conflict("stale_answer");
        await tx.consultationAnswer.create({ data: { ...fields, roundId: link.roundId, inviteeId: link.id } });
      }
      await recordAudit(tx, {
        action: "consultation.answer",
        actorEmail: link.email,
        ip,
        targetType: "consultation",
        targetId: link.roundId,
        workspaceId: link.round.committee.workspaceId,
        metadata: { edit: !!existing, position: input.position, file: stored?.fileName ?? null },
      });
      return { replacedKey: stored && existing?.storageKey ? existing.storageKey : null };
    });
    if (replacedKey) await discardStored(replacedKey);
  } catch (error) {
    if (stored) await discardStored(stored.storageKey);
    throw error;
  }
  return { saved: true };
}

async function findLinkIn(tx: Tx, tokenHash: string) {
  const invitee = await tx.consultationInvitee.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      roundId: true,
      email: true,
      revokedAt: true,
      expiresAt: true,
      round: { select: { status: true, deadline: true, committee: { select: { workspaceId: true } } } },
      answer: { select: { id: true, version: true, storageKey: true } },
    },
  });
  const now = clock.ms();
  if (
    !invitee ||
    invitee.revokedAt ||
    invitee.round.status !== "OPEN" ||
    invitee.round.deadline.getTime() <= now ||
    invitee.expiresAt.getTime() <= now
  )
    return null;
  return invitee;
}
