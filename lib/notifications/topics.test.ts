// Every notification kind has a topic (the type says so) and a sentence; every topic and
// channel a label (zh and ko follow from the messages test: they have exactly en's keys).
import { describe, expect, it } from "vitest";
import { NotificationChannel, NotificationKind, NotificationTopic } from "@/lib/generated/prisma/enums";
import en from "@/messages/en.json";
import { EVENT_KINDS } from "./events";
import { RECIPIENT_RULES } from "./recipients";
import { DEFAULT_CHANNEL, NOTIFICATION_CHANNELS, NOTIFICATION_TOPICS, TOPIC_OF_KIND } from "./topics";

const messages = en.notifications as unknown as {
  kind: Record<string, string>;
  topics: Record<string, { label: string; hint: string }>;
  channels: Record<string, string>;
};

describe("notification kinds, topics and channels", () => {
  it("gives every kind a sentence and a topic, and every topic a default channel", () => {
    for (const kind of Object.values(NotificationKind)) {
      expect(messages.kind[kind], kind).toBeTruthy();
      expect(NOTIFICATION_TOPICS).toContain(TOPIC_OF_KIND[kind]);
    }
    expect([...NOTIFICATION_TOPICS].sort()).toEqual(Object.values(NotificationTopic).sort());
    for (const topic of NOTIFICATION_TOPICS) {
      expect(messages.topics[topic]?.label, topic).toBeTruthy();
      expect(messages.topics[topic]?.hint, topic).toBeTruthy();
      expect(NOTIFICATION_CHANNELS).toContain(DEFAULT_CHANNEL[topic]);
    }
  });

  it("labels every channel and offers them all", () => {
    expect([...NOTIFICATION_CHANNELS].sort()).toEqual(Object.values(NotificationChannel).sort());
    for (const channel of NOTIFICATION_CHANNELS) expect(messages.channels[channel]).toBeTruthy();
  });

  it("sends assignments and approval or review requests by email at once, the rest to the digest", () => {
    const byEmail = NOTIFICATION_TOPICS.filter((topic) => DEFAULT_CHANNEL[topic] === "EMAIL");
    expect(byEmail.sort()).toEqual(["APPROVAL", "ASSIGNMENT", "REVIEW"]);
    expect(
      NOTIFICATION_TOPICS.filter((topic) => DEFAULT_CHANNEL[topic] !== "EMAIL").every(
        (t) => DEFAULT_CHANNEL[t] === "DIGEST",
      ),
    ).toBe(true);
  });

  it("has a recipient rule, with at least one audience, for every event kind", () => {
    expect(Object.keys(RECIPIENT_RULES).sort()).toEqual([...EVENT_KINDS].sort());
    for (const kind of EVENT_KINDS) expect(RECIPIENT_RULES[kind].length, kind).toBeGreaterThan(0);
  });
});
