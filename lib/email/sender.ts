// Delivers queued emails over SMTP (only when SMTP_URL is set). Failed sends are retried
// on later runs, up to 5 attempts, with the last error kept for the administrator.
import nodemailer from "nodemailer";
import { db, type Tx } from "@/lib/server/db";
import { JOB_LOCKS, withJobLock } from "@/lib/server/jobs";
import { clock } from "@/lib/time/clock";

/** The stored invitation as nodemailer's `icalEvent` (a text/calendar alternative with its
 * method, which is what makes clients show Accept/Decline), or undefined. */
export function icalEventOf(stored: unknown): { method: string; content: string } | undefined {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return undefined;
  const { method, content } = stored as Record<string, unknown>;
  if ((method !== "REQUEST" && method !== "CANCEL") || typeof content !== "string") return undefined;
  return { method, content };
}

/** The stored headers as nodemailer takes them (string values only). */
export function headersOf(stored: unknown): Record<string, string> {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter((e): e is [string, string] => typeof e[1] === "string"));
}

export async function deliverPendingEmails(
  smtpUrl: string,
  from: string,
  batchSize = 50,
  client: Tx = db(),
): Promise<number> {
  const transport = nodemailer.createTransport(smtpUrl);
  const pending = await client.emailOutbox.findMany({
    where: { sentAt: null, attempts: { lt: 5 } },
    orderBy: { createdAt: "asc" },
    take: batchSize,
  });
  let sent = 0;
  for (const email of pending) {
    try {
      await transport.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html ?? undefined,
        headers: headersOf(email.headers),
        icalEvent: icalEventOf(email.calendar),
      });
      await client.emailOutbox.update({
        where: { id: email.id },
        data: { sentAt: clock.now(), attempts: { increment: 1 } },
      });
      sent++;
    } catch (error) {
      await client.emailOutbox.update({
        where: { id: email.id },
        data: { attempts: { increment: 1 }, lastError: String((error as Error).message).slice(0, 500) },
      });
    }
  }
  return sent;
}

/** The job (lib/boot/jobs.ts, every 30 s when SMTP_URL is set): one batch under the lock. */
export async function runEmailDelivery(smtpUrl: string, from: string): Promise<void> {
  await withJobLock(JOB_LOCKS.email, async (tx) => {
    await deliverPendingEmails(smtpUrl, from, 50, tx);
  });
}
