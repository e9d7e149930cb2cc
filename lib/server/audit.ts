// Audit events are written inside the same transaction as the change they describe (refused
// attempts, which roll back, are written apart: lib/server/refusals.ts). The table is append-only.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";
import type { Tx } from "./db";

export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "auth.session_end",
  "auth.password_reset",
  "auth.operator_setup",
  "institution.create",
  "member.invite",
  "member.invitation_revoked",
  "member.join",
  "member.role_change",
  "member.deactivate",
  "member.reactivate",
  "member.password_reset_issued",
  "workspace.create",
  "workspace.member_add",
  "workspace.member_role_change",
  "workspace.member_remove",
  "user.locale_change",
  "user.time_zone_change",
  "user.notification_preferences",
  "brief.create",
  "brief.update",
  "brief.submit",
  "brief.return",
  "brief.publish",
  "brief.import",
  "brief.attachment_add",
  "brief.attachment_remove",
  "taxonomy.change",
  "country_profile.update",
  "bulletin.create",
  "bulletin.update",
  "committee.create",
  "committee.update",
  "session.create",
  "session.update",
  "session.status",
  "agenda.propose",
  "agenda.status",
  "agenda.schedule",
  "agenda.delegate",
  "decision.record",
  "followup.create",
  "followup.update",
  "followup.progress",
  "followup.nudge",
  "minutes.change",
  "feedback.create",
  "comment.create",
  "delegation.change",
  "delegation.invite",
  "delegation.answer",
  "contact.create",
  "contact.update",
  "contact.delete",
  "document.upload",
  "document.version_add",
  "document.narrow",
  "document.delete",
  "agenda_note.create",
  "agenda_note.update",
  "consultation.open",
  "consultation.invite",
  "consultation.send",
  "consultation.revoke",
  "consultation.close",
  "consultation.release",
  "consultation.answer",
  "cooperation.create",
  "cooperation.update",
  "cooperation.delete",
  "cooperation.import",
  "access.denied",
  "access.not_found",
  "audit.retention",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditInput {
  action: AuditAction;
  actor?: Pick<Actor, "id" | "email" | "ip"> | null;
  actorEmail?: string | null;
  targetType?: string;
  targetId?: string;
  institutionId?: string | null;
  workspaceId?: string | null;
  ip?: string | null;
  metadata?: Prisma.InputJsonValue;
  /** When it happened; the database's clock when absent. */
  at?: Date;
}

export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      action: input.action,
      actorId: input.actor?.id ?? null,
      actorEmail: input.actorEmail ?? input.actor?.email ?? null,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      institutionId: input.institutionId ?? null,
      workspaceId: input.workspaceId ?? null,
      ip: input.ip ?? input.actor?.ip ?? null,
      metadata: input.metadata ?? {},
      ...(input.at ? { createdAt: input.at } : {}),
    },
  });
}
