import "server-only";
// Channels per topic: a row per person and topic they changed; otherwise the topic's default.
import type { NotificationChannel, NotificationTopic } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import type { PreferencesInput } from "./schemas";
import { DEFAULT_CHANNEL, NOTIFICATION_TOPICS } from "./topics";

/** Each person's channel for each topic (one query for all of them). */
export async function channelsFor(
  tx: Tx,
  userIds: string[],
): Promise<(userId: string, topic: NotificationTopic) => NotificationChannel> {
  const rows = await tx.notificationPreference.findMany({ where: { userId: { in: [...new Set(userIds)] } } });
  const chosen = new Map(rows.map((r) => [`${r.userId}:${r.topic}`, r.channel]));
  return (userId, topic) => chosen.get(`${userId}:${topic}`) ?? DEFAULT_CHANNEL[topic];
}

export async function getPreferences(actor: Actor): Promise<Record<NotificationTopic, NotificationChannel>> {
  const channelOf = await channelsFor(db(), [actor.id]);
  return Object.fromEntries(NOTIFICATION_TOPICS.map((topic) => [topic, channelOf(actor.id, topic)])) as Record<
    NotificationTopic,
    NotificationChannel
  >;
}

/** Saves every topic's channel; only what differs from before is audited. */
export async function setPreferences(actor: Actor, input: PreferencesInput) {
  return db().$transaction(async (tx) => {
    const channelOf = await channelsFor(tx, [actor.id]);
    const changed = NOTIFICATION_TOPICS.filter((topic) => channelOf(actor.id, topic) !== input[topic]);
    for (const topic of changed) {
      await tx.notificationPreference.upsert({
        where: { userId_topic: { userId: actor.id, topic } },
        update: { channel: input[topic] },
        create: { userId: actor.id, topic, channel: input[topic] },
      });
    }
    if (changed.length) {
      await recordAudit(tx, {
        action: "user.notification_preferences",
        actor,
        targetType: "user",
        targetId: actor.id,
        institutionId: actor.institutionId,
        metadata: { via: "preferences", changes: Object.fromEntries(changed.map((topic) => [topic, input[topic]])) },
      });
    }
    return { changed: changed.length };
  });
}
