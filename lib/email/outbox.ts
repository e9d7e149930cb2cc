// Every email goes to the outbox table in the same transaction as the change that caused it;
// lib/email/sender.ts delivers them when SMTP is configured.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative of `text` (multipart/alternative). */
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
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
    })),
  });
}
