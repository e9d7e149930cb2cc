import "server-only";
// Email: every message goes to the outbox table in the same transaction as the change that
// caused it (queueEmail); ./sender.ts delivers them when SMTP is configured. The outbox as
// administrators see it: an institution admin sees mail to their members and invitees; the
// platform operator sees all.
import { canReadAudit } from "@/lib/audit/service";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { requirePermission } from "@/lib/server/authz";
import { db, type Tx } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { keyset, toPage } from "@/lib/server/pagination";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative of `text` (multipart/alternative). */
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  /** An iCalendar invitation (text/calendar alternative), so mail clients offer to add or update the event. */
  calendar?: EmailCalendar;
}

export interface EmailCalendar {
  method: "REQUEST" | "CANCEL";
  content: string;
}

export async function queueEmail(tx: Tx, email: OutgoingEmail): Promise<void> {
  await queueEmails(tx, [email]);
}

export async function queueEmails(tx: Tx, emails: OutgoingEmail[]): Promise<void> {
  if (!emails.length) return;
  await tx.emailOutbox.createMany({
    data: emails.map((e) => ({
      to: e.to,
      subject: e.subject,
      text: e.text,
      html: e.html ?? null,
      headers: (e.headers ?? {}) as Prisma.InputJsonObject,
      calendar: e.calendar ? ({ ...e.calendar } as Prisma.InputJsonObject) : undefined,
    })),
  });
}

async function outboxScope(actor: Actor): Promise<Prisma.EmailOutboxWhereInput> {
  if (actor.isPlatformOperator) return {};
  const institutionId = actor.institutionId ?? "";
  const [members, invited] = await Promise.all([
    db().user.findMany({ where: { institutionId }, select: { email: true }, take: 5000 }),
    db().accessToken.findMany({ where: { institutionId }, select: { email: true }, take: 5000 }),
  ]);
  return { to: { in: [...new Set([...members, ...invited].map((r) => r.email))] } };
}

export async function listOutbox(actor: Actor, cursor?: string) {
  requirePermission(canReadAudit(actor));
  const page = keyset(cursor, 50);
  const rows = await db().emailOutbox.findMany({
    where: { AND: [await outboxScope(actor), page.where] },
    orderBy: page.orderBy,
    take: page.take,
  });
  return toPage(rows, 50);
}

/** One queued email with its parts and headers, for the outbox's preview; 404 outside the reader's scope. */
export async function getOutboxEmail(actor: Actor, id: string) {
  requirePermission(canReadAudit(actor));
  const email = await db().emailOutbox.findFirst({ where: { AND: [await outboxScope(actor), { id }] } });
  if (!email) throw notFound("This email");
  return email;
}
