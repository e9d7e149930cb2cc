import "server-only";
// The one way audit events are ever deleted (`npm run accord -- audit-retention`): in one
// transaction, switch on the `accord.audit_retention` setting the append-only trigger checks
// (transaction-local), delete the events older than the cut-off, switch it off again and
// record `audit.retention` with what was done. Anything else that deletes or updates an audit
// event is refused by the database (migration `audit_append_only`).
import { recordAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { clock, DAY_MS } from "@/lib/time/clock";

/** Shorter retention needs `force`: a year of history is what audits usually ask for. */
export const MIN_RETENTION_DAYS = 365;

export class RetentionError extends Error {}

/** Throws a RetentionError (the CLI prints it) for a retention the command refuses. */
export function checkRetentionDays(olderThanDays: number, force = false): void {
  if (!Number.isInteger(olderThanDays) || olderThanDays < 1)
    throw new RetentionError("Usage: accord audit-retention --older-than-days N [--force]  (N whole days, at least 1)");
  if (olderThanDays < MIN_RETENTION_DAYS && !force) {
    throw new RetentionError(
      `Refusing to keep less than ${MIN_RETENTION_DAYS} days of audit events; add --force to delete events older than ${olderThanDays} days.`,
    );
  }
}

/** Deletes the audit events older than `olderThanDays` days and records that it did. */
export async function deleteOldAuditEvents(
  olderThanDays: number,
  options: { force?: boolean } = {},
): Promise<{ deleted: number; cutoff: Date }> {
  checkRetentionDays(olderThanDays, options.force);
  const cutoff = new Date(clock.ms() - olderThanDays * DAY_MS);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('accord.audit_retention', 'on', true)`;
    const { count } = await tx.auditEvent.deleteMany({ where: { createdAt: { lt: cutoff } } });
    await tx.$executeRaw`SELECT set_config('accord.audit_retention', 'off', true)`;
    await recordAudit(tx, {
      action: "audit.retention",
      targetType: "audit",
      metadata: { via: "cli", olderThanDays, cutoff: cutoff.toISOString(), deleted: count, force: !!options.force },
    });
    return { deleted: count, cutoff };
  });
}
