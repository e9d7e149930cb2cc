// How notifications reach people: each channel honoured, once per person per event whatever
// the retries, the daily digest batching the digest channel only, emails in the recipient's
// language with text, HTML and one-click unsubscribe headers, and the signed unsubscribe link.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendWeeklyFollowUpDigests } from "@/lib/followups/reminders";
import { createFollowUp, setFollowUpStatus } from "@/lib/followups/service";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { runDailyDigest } from "@/lib/notifications/digest";
import { fanOutEvent, fanOutPending } from "@/lib/notifications/fanout";
import { getPreferences, setPreferences } from "@/lib/notifications/preferences";
import { listNotifications, unreadCount } from "@/lib/notifications/service";
import { DEFAULT_CHANNEL } from "@/lib/notifications/topics";
import { inspectUnsubscribe, unsubscribe, unsubscribeToken } from "@/lib/notifications/unsubscribe";
import { db } from "@/lib/server/db";
import { clock, DAY_MS, isoDateFromToday } from "@/lib/time/clock";
import { type CommitteeWorld, makeCommitteeWorld } from "../helpers/committee-world";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let w: CommitteeWorld;
let emailOf: (id: string) => Promise<string>;

beforeAll(async () => {
  w = await makeCommitteeWorld();
  emailOf = async (id) => (await db().user.findUniqueOrThrow({ where: { id } })).email;
});

beforeEach(async () => {
  await db().notificationPreference.deleteMany({});
  await db().emailOutbox.deleteMany({});
});

async function assignToAmerican(title = "Draft the joint fund's terms of reference") {
  return createFollowUp(w.manager, {
    committeeId: w.committeeId,
    agendaItemId: "",
    decisionId: "",
    feedbackId: "",
    title,
    description: "",
    dueDate: isoDateFromToday(20),
    priority: "HIGH",
    leads: [w.us],
    assignees: [w.american.id],
  });
}

const allTopics = (channel: NotificationChannel) =>
  Object.fromEntries(Object.keys(DEFAULT_CHANNEL).map((topic) => [topic, channel])) as Record<
    keyof typeof DEFAULT_CHANNEL,
    NotificationChannel
  >;

describe("channels", () => {
  it("by default an assignment is in the inbox and emailed at once, in the person's language, text and HTML", async () => {
    await db().user.update({ where: { id: w.american.id }, data: { locale: "ko" } });
    const followUp = await assignToAmerican();
    await fanOutPending();
    const row = await db().notification.findFirstOrThrow({ where: { userId: w.american.id, followUpId: followUp.id } });
    expect(row.kind).toBe("FOLLOWUP_ASSIGNED");
    expect(row.digestedAt).not.toBeNull();
    const [mail] = await db().emailOutbox.findMany({ where: { to: await emailOf(w.american.id) } });
    expect(mail.subject).toContain("배정했습니다");
    expect(mail.text).toContain(`http://accord.test/follow-ups/${followUp.id}`);
    expect(mail.html).toContain('<html lang="ko">');
    expect(mail.html).toContain(`href="http://accord.test/follow-ups/${followUp.id}"`);
    const headers = mail.headers as Record<string, string>;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(headers["List-Unsubscribe"]).toMatch(
      /^<http:\/\/accord\.test\/api\/unsubscribe\/[^>]+\.ASSIGNMENT\.[^>]+>$/,
    );
    await db().user.update({ where: { id: w.american.id }, data: { locale: "en" } });
  });

  it("escapes what people typed in the HTML part", async () => {
    const followUp = await assignToAmerican("Compare <script>alert(1)</script> & “quotas”");
    await fanOutPending();
    const [mail] = await db().emailOutbox.findMany({ where: { to: await emailOf(w.american.id) } });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp;");
    expect(mail.text).toContain(followUp.title);
  });

  it.each([
    ["OFF", false, false],
    ["IN_APP", true, false],
    ["DIGEST", true, false],
    ["EMAIL", true, true],
  ] as const)("%s: inbox row %s, email at once %s", async (channel, inbox, email) => {
    await setPreferences(w.american, { ...allTopics("DIGEST"), ASSIGNMENT: channel });
    const followUp = await assignToAmerican();
    await fanOutPending();
    const row = await db().notification.findFirst({ where: { userId: w.american.id, followUpId: followUp.id } });
    expect(!!row).toBe(inbox);
    if (row) expect(row.digestedAt === null).toBe(channel === "DIGEST");
    expect(await db().emailOutbox.count({ where: { to: await emailOf(w.american.id) } })).toBe(email ? 1 : 0);
  });

  it("saves only what changed and audits it", async () => {
    await setPreferences(w.korean, { ...(await getPreferences(w.korean)), SESSIONS: "OFF" });
    expect((await getPreferences(w.korean)).SESSIONS).toBe("OFF");
    expect(await db().notificationPreference.count({ where: { userId: w.korean.id } })).toBe(1);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "user.notification_preferences", actorId: w.korean.id },
    });
    expect(audit.metadata).toEqual({ via: "preferences", changes: { SESSIONS: "OFF" } });
  });
});

describe("once per person per event", () => {
  it("fanning the same event out again writes no row and no email twice", async () => {
    const followUp = await assignToAmerican();
    await fanOutPending();
    const event = await db().notificationEvent.findFirstOrThrow({ where: { followUpId: followUp.id } });
    const rows = await db().notification.count({ where: { eventId: event.id } });
    const mails = await db().emailOutbox.count();
    expect(rows).toBeGreaterThan(0);
    expect(await db().$transaction((tx) => fanOutEvent(tx, event.id))).toBe(0);
    expect(await db().notification.count({ where: { eventId: event.id } })).toBe(rows);
    expect(await db().emailOutbox.count()).toBe(mails);
  });

  it("two fan-outs running at once write each row once", async () => {
    const followUp = await assignToAmerican();
    const [a, b] = await Promise.all([fanOutPending(), fanOutPending()]);
    expect(a.events + b.events).toBe(1);
    const rows = await db().notification.findMany({ where: { followUpId: followUp.id }, select: { userId: true } });
    expect(rows.length).toBe(new Set(rows.map((r) => r.userId)).size);
    expect(await db().emailOutbox.count({ where: { to: await emailOf(w.american.id) } })).toBe(1);
  });
});

describe("no lock on the follow-up while fanning out", () => {
  // Needs several connections: on the embedded database transactions run one at a time.
  it.runIf(!!process.env.TEST_DATABASE_URL)(
    "a writer updates the follow-up while a fan-out transaction holding its rows is open",
    async () => {
      const followUp = await assignToAmerican("Written to during fan-out");
      const event = await db().notificationEvent.findFirstOrThrow({ where: { followUpId: followUp.id } });
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let written = () => {};
      const rowsWritten = new Promise<void>((resolve) => {
        written = resolve;
      });
      const fanOut = db().$transaction(
        async (tx) => {
          expect(await fanOutEvent(tx, event.id)).toBeGreaterThan(0);
          written();
          await held;
        },
        { timeout: 20_000 },
      );
      await rowsWritten;
      const update = setFollowUpStatus(w.manager, {
        followUpId: followUp.id,
        version: followUp.version,
        status: "IN_PROGRESS",
      }).then(() => "updated");
      const outcome = await Promise.race([update, new Promise((resolve) => setTimeout(resolve, 3_000, "waited"))]);
      release();
      await fanOut;
      expect(outcome).toBe("updated");
    },
  );
});

describe("daily digest", () => {
  it("batches the digest channel's notifications of the day into one email per person", async () => {
    // Start from a clean slate: what earlier tests left is out of this digest.
    await fanOutPending();
    await db().notification.updateMany({ where: { digestedAt: null }, data: { digestedAt: clock.now() } });
    await setPreferences(w.american, { ...allTopics("DIGEST"), ASSIGNMENT: "IN_APP" });
    const first = await assignToAmerican("First follow-up of the day");
    await fanOutPending();
    await setFollowUpStatus(w.manager, { followUpId: first.id, version: first.version, status: "IN_PROGRESS" });
    const second = await assignToAmerican("Second follow-up of the day");
    await setFollowUpStatus(w.manager, { followUpId: second.id, version: second.version, status: "IN_PROGRESS" });
    await fanOutPending();
    // Run the digest for the next day, even if the suite's other files already ran it today.
    await db().systemState.deleteMany({ where: { key: "digest.daily.last_run" } });
    expect(await runDailyDigest(new Date(clock.ms() + 60_000))).toBeGreaterThanOrEqual(1);
    const mails = await db().emailOutbox.findMany({ where: { to: await emailOf(w.american.id) } });
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Accord: 2 new items for you");
    expect(mails[0].text).toContain("moved “First follow-up of the day” from Open to In progress");
    expect(mails[0].text).toContain("moved “Second follow-up of the day” from Open to In progress");
    // Assignments went to the inbox only: not in the digest.
    expect(mails[0].text).not.toContain("assigned you");
    expect(mails[0].html).toContain("Stop the daily digest");
    expect((mails[0].headers as Record<string, string>)["List-Unsubscribe"]).toContain(".DIGEST.");
    expect(await runDailyDigest(new Date(clock.ms() + DAY_MS))).toBe(0);
  });

  it("leaves out what the person switched off the digest since", async () => {
    await setPreferences(w.american, { ...allTopics("DIGEST"), ASSIGNMENT: "IN_APP" });
    const followUp = await assignToAmerican("Switched off later");
    await setFollowUpStatus(w.manager, { followUpId: followUp.id, version: followUp.version, status: "IN_PROGRESS" });
    await fanOutPending();
    await setPreferences(w.american, { ...allTopics("DIGEST"), ASSIGNMENT: "IN_APP", FOLLOWUP_UPDATES: "IN_APP" });
    await db().systemState.deleteMany({ where: { key: "digest.daily.last_run" } });
    await runDailyDigest(new Date(clock.ms() + 60_000));
    expect(await db().emailOutbox.count({ where: { to: await emailOf(w.american.id) } })).toBe(0);
  });
});

describe("weekly summary of open follow-ups", () => {
  it("goes by email in the person's language with an unsubscribe for reminders, unless reminders skip email", async () => {
    await assignToAmerican("Open all week");
    await db().user.update({ where: { id: w.american.id }, data: { locale: "zh" } });
    const weekly = () => db().$transaction((tx) => sendWeeklyFollowUpDigests(tx));
    await weekly();
    const [mail] = await db().emailOutbox.findMany({
      where: { to: await emailOf(w.american.id), subject: { contains: "本周" } },
    });
    expect(mail.text).toContain("Open all week");
    expect(mail.html).toContain('<html lang="zh">');
    expect((mail.headers as Record<string, string>)["List-Unsubscribe"]).toContain(".REMINDERS.");
    await db().emailOutbox.deleteMany({});
    await setPreferences(w.american, { ...(await getPreferences(w.american)), REMINDERS: "IN_APP" });
    await weekly();
    expect(await db().emailOutbox.count({ where: { to: await emailOf(w.american.id) } })).toBe(0);
    await db().user.update({ where: { id: w.american.id }, data: { locale: "en" } });
  });
});

describe("unsubscribe link", () => {
  it("turns the topic's email off (inbox only) with a valid link, idempotently, and audits it", async () => {
    const token = unsubscribeToken(w.american.id, "ASSIGNMENT");
    expect(await inspectUnsubscribe(token)).toMatchObject({ userId: w.american.id, scope: "ASSIGNMENT" });
    expect(await unsubscribe(token)).toBe(true);
    expect(await unsubscribe(token)).toBe(true);
    const prefs = await getPreferences(w.american);
    expect(prefs.ASSIGNMENT).toBe("IN_APP");
    expect(prefs.APPROVAL).toBe("EMAIL");
    await assignToAmerican();
    await fanOutPending();
    expect(await db().emailOutbox.count({ where: { to: await emailOf(w.american.id) } })).toBe(0);
    expect(
      await db().auditEvent.count({ where: { action: "user.notification_preferences", targetId: w.american.id } }),
    ).toBeGreaterThanOrEqual(2);
  });

  it("refuses a tampered link: another person, another topic or a changed signature", async () => {
    const token = unsubscribeToken(w.korean.id, "ASSIGNMENT");
    const [, , signature] = token.split(".");
    const forged = [
      `${w.american.id}.ASSIGNMENT.${signature}`,
      `${w.korean.id}.APPROVAL.${signature}`,
      `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`,
      `${w.korean.id}.NOT_A_TOPIC.${signature}`,
      "garbage",
    ];
    for (const bad of forged) {
      expect(await inspectUnsubscribe(bad)).toBeNull();
      expect(await unsubscribe(bad)).toBe(false);
    }
    expect(await db().notificationPreference.count({ where: { userId: { in: [w.korean.id, w.american.id] } } })).toBe(
      0,
    );
  });

  it("a link for one topic leaves the others alone; the digest link turns off every digest topic", async () => {
    expect(await unsubscribe(unsubscribeToken(w.korean.id, "APPROVAL"))).toBe(true);
    let prefs = await getPreferences(w.korean);
    expect(prefs.APPROVAL).toBe("IN_APP");
    expect(prefs.ASSIGNMENT).toBe("EMAIL");
    expect(await unsubscribe(unsubscribeToken(w.korean.id, "DIGEST"))).toBe(true);
    prefs = await getPreferences(w.korean);
    expect(prefs.SESSIONS).toBe("IN_APP");
    expect(prefs.BRIEFS).toBe("IN_APP");
    expect(prefs.ASSIGNMENT).toBe("EMAIL");
  });
});

describe("reading notifications", () => {
  it("a person who leaves the workspace no longer sees its notifications", async () => {
    const followUp = await assignToAmerican("Seen, then hidden");
    await fanOutPending();
    const visible = async () =>
      (await listNotifications(w.usViewer)).items.filter((n) => n.followUpId === followUp.id).length;
    expect(await visible()).toBe(1);
    const before = await unreadCount(w.usViewer);
    const membership = await db().workspaceMembership.findFirstOrThrow({
      where: { workspaceId: w.workspaceId, userId: w.usViewer.id },
    });
    await db().workspaceMembership.delete({ where: { id: membership.id } });
    expect(await visible()).toBe(0);
    expect(await unreadCount(w.usViewer)).toBeLessThan(before);
    await db().workspaceMembership.create({
      data: { workspaceId: w.workspaceId, userId: w.usViewer.id, role: "VIEWER" },
    });
  });
});
