// Every email goes to the outbox table in the same transaction as the change that caused it;
// lib/email/sender.ts delivers them when SMTP is configured.
import type { Tx } from "@/lib/server/db";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

export async function queueEmail(tx: Tx, email: OutgoingEmail): Promise<void> {
  await tx.emailOutbox.create({ data: email });
}
