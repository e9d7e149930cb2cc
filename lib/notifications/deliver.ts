import "server-only";
// Writing inbox rows by each person's channel for the kind's topic: OFF writes nothing,
// IN_APP and EMAIL write the row already digested (EMAIL also queues its email now), DIGEST
// leaves it for the daily digest; a nudge (AT_ONCE_KINDS) is emailed at once unless OFF. Rows of an event are unique per person, so a second run
// inserts nothing and queues no second email.
import { queueEmails } from "@/lib/email/service";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";
import { clock } from "@/lib/time/clock";
import { NOTIFICATION_INCLUDE } from "./describe";
import { notificationEmail } from "./email";
import { INVITATION_SESSION, sessionInvitation } from "./invitation";
import { channelsFor } from "./preferences";
import { AT_ONCE_KINDS, TOPIC_OF_KIND } from "./topics";

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  actorId?: string | null;
  eventId?: string | null;
  briefId?: string | null;
  followUpId?: string | null;
  committeeId?: string | null;
  sessionId?: string | null;
  agendaItemId?: string | null;
  minutesId?: string | null;
}

/** Writes the rows people want and emails those who chose EMAIL; returns the rows written. */
export async function deliverNotifications(tx: Tx, rows: NewNotification[], now = clock.now()): Promise<number> {
  if (!rows.length) return 0;
  const channelOf = await channelsFor(
    tx,
    rows.map((r) => r.userId),
  );
  const channel = (r: { userId: string; kind: NotificationKind }) => {
    const chosen = channelOf(r.userId, TOPIC_OF_KIND[r.kind]);
    return AT_ONCE_KINDS.has(r.kind) && chosen !== "OFF" ? "EMAIL" : chosen;
  };
  const wanted = rows.filter((r) => channel(r) !== "OFF");
  if (!wanted.length) return 0;
  const written = await tx.notification.createManyAndReturn({
    data: wanted.map((r) => ({ ...r, createdAt: now, digestedAt: channel(r) === "DIGEST" ? null : now })),
    skipDuplicates: true,
    select: { id: true, userId: true, kind: true },
  });
  const toEmail = written.filter((n) => channel(n) === "EMAIL").map((n) => n.id);
  if (toEmail.length) {
    const notifications = await tx.notification.findMany({
      where: { id: { in: toEmail }, user: { status: "ACTIVE" } },
      include: {
        ...NOTIFICATION_INCLUDE,
        session: INVITATION_SESSION,
        user: { select: { id: true, email: true, name: true, locale: true, timeZone: true } },
      },
    });
    // Session emails carry the calendar invitation (planned, moved, cancelled); others none.
    await queueEmails(
      tx,
      notifications.map((n) => notificationEmail(n.user, n, sessionInvitation(n, n.user, now) ?? undefined)),
    );
  }
  return written.length;
}
