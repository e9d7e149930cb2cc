import "server-only";
// One-click unsubscribe (RFC 8058): every notification email carries a link signed with an
// HMAC of the app secret, naming the person and the topic (or DIGEST for the daily digest).
// No sign-in is needed: the signature is the credential. Opening the link only shows a page;
// a POST (the page's button, or the mail client's List-Unsubscribe-Post) turns the email off:
// the topic stays in the inbox (IN_APP).
import { createHmac, timingSafeEqual } from "node:crypto";
import type { NotificationTopic } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { authSecret, serverEnv } from "@/lib/server/env";
import { channelsFor } from "./preferences";
import { isNotificationTopic, NOTIFICATION_TOPICS } from "./topics";

/** What a link unsubscribes from: one topic's immediate emails, or the daily digest. */
export type UnsubscribeScope = NotificationTopic | "DIGEST";

const TOKEN = /^([0-9a-f-]{36})\.([A-Z_]{3,20})\.([A-Za-z0-9_-]{43})$/;

function signature(userId: string, scope: UnsubscribeScope): string {
  return createHmac("sha256", authSecret()).update(`accord-unsubscribe:${userId}:${scope}`).digest("base64url");
}

export function unsubscribeToken(userId: string, scope: UnsubscribeScope): string {
  return `${userId}.${scope}.${signature(userId, scope)}`;
}

/** The page a person opens from an email, and the URL a mail client posts to. */
export function unsubscribeUrls(userId: string, scope: UnsubscribeScope) {
  const token = unsubscribeToken(userId, scope);
  const base = serverEnv().baseUrl;
  return { page: `${base}/unsubscribe/${token}`, oneClick: `${base}/api/unsubscribe/${token}` };
}

/** The person and scope of a well-formed, correctly signed token; null otherwise. */
export function verifyUnsubscribeToken(token: string): { userId: string; scope: UnsubscribeScope } | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, userId, scope, given] = match;
  if (scope !== "DIGEST" && !isNotificationTopic(scope)) return null;
  const expected = Buffer.from(signature(userId, scope as UnsubscribeScope));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { userId, scope: scope as UnsubscribeScope };
}

/** For the confirmation page: whom and what the link is about, without changing anything. */
export async function inspectUnsubscribe(token: string) {
  const verified = verifyUnsubscribeToken(token);
  if (!verified) return null;
  const user = await db().user.findUnique({ where: { id: verified.userId }, select: { email: true } });
  return user ? { ...verified, email: user.email } : null;
}

/**
 * Turns the emails of the link's scope off: the topic (or, for DIGEST, every topic that goes
 * to the digest) becomes IN_APP. Idempotent. False for a bad token or an unknown person.
 */
export async function unsubscribe(token: string): Promise<boolean> {
  const verified = verifyUnsubscribeToken(token);
  if (!verified) return false;
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: verified.userId },
      select: { id: true, email: true, institutionId: true },
    });
    if (!user) return false;
    const channelOf = await channelsFor(tx, [user.id]);
    const topics =
      verified.scope === "DIGEST"
        ? NOTIFICATION_TOPICS.filter((topic) => channelOf(user.id, topic) === "DIGEST")
        : [verified.scope].filter((topic) => channelOf(user.id, topic) !== "OFF");
    for (const topic of topics) {
      await tx.notificationPreference.upsert({
        where: { userId_topic: { userId: user.id, topic } },
        update: { channel: "IN_APP" },
        create: { userId: user.id, topic, channel: "IN_APP" },
      });
    }
    await recordAudit(tx, {
      action: "user.notification_preferences",
      actor: { id: user.id, email: user.email, ip: null },
      targetType: "user",
      targetId: user.id,
      institutionId: user.institutionId,
      metadata: { via: "unsubscribe", scope: verified.scope, topics },
    });
    return true;
  });
}
