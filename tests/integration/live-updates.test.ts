// Live updates: a message published inside a transaction reaches the listeners only when it
// commits; the writers publish (board on follow-up writes, inbox on fan-out and on reading);
// the SSE route sends a reader only what concerns them; on a PostgreSQL server every app
// instance's listener hears every message, and a lost LISTEN connection comes back.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as liveRoute } from "@/app/api/live/route";
import { createFollowUp, setFollowUpStatus } from "@/lib/followups/service";
import { subscribeLive } from "@/lib/live/bus";
import {
  type LiveMessage,
  listenLive,
  liveStreamFor,
  publishBoard,
  publishInbox,
  startLiveListener,
} from "@/lib/live/service";
import { MAX_STREAMS_PER_USER } from "@/lib/live/stream";
import { fanOutPending } from "@/lib/notifications/fanout";
import { markAllNotificationsRead } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { isoDateFromToday } from "@/lib/time/clock";
import { type CommitteeWorld, makeCommitteeWorld } from "../helpers/committee-world";
import { useTestDatabase } from "../helpers/test-db";

const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/server/session", () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
}));

const { handle } = useTestDatabase();

let w: CommitteeWorld;
let stopListener: () => Promise<void>;
const heard: LiveMessage[] = [];
let unsubscribe: () => void;

beforeAll(async () => {
  w = await makeCommitteeWorld();
  stopListener = await startLiveListener(handle());
  unsubscribe = subscribeLive((message) => heard.push(message));
});
afterAll(async () => {
  unsubscribe();
  await stopListener();
});
afterEach(() => {
  session.user = null;
});

/** A marker committed after the step under test: once it is heard, everything before it was. */
async function committedMarker(): Promise<string> {
  const id = `marker-${Math.random().toString(36).slice(2)}`;
  await db().$transaction((tx) => publishBoard(tx, id));
  await expect.poll(() => heard.some((m) => m.t === "board" && m.c === id)).toBe(true);
  return id;
}

const boardFor = (committeeId: string) => heard.filter((m) => m.t === "board" && m.c === committeeId);
const inboxOf = (userId: string) => heard.filter((m) => m.t === "inbox" && m.u.includes(userId));

describe("the bus", () => {
  it("delivers a message published in a transaction when it commits, and never one rolled back", async () => {
    await db()
      .$transaction(async (tx) => {
        await publishBoard(tx, "rolled-back");
        throw new Error("roll back");
      })
      .catch(() => {});
    await db().$transaction((tx) => publishBoard(tx, "committed"));
    await committedMarker();
    expect(boardFor("committed")).toHaveLength(1);
    expect(boardFor("rolled-back")).toHaveLength(0);
  });

  it("splits a long list of people into messages that fit a NOTIFY payload", async () => {
    const ids = Array.from({ length: 450 }, (_, i) => `c${String(i).padStart(24, "0")}`);
    await db().$transaction((tx) => publishInbox(tx, ids));
    await committedMarker();
    const messages = heard.filter((m) => m.t === "inbox" && m.u.some((u) => ids.includes(u)));
    expect(messages.flatMap((m) => (m.t === "inbox" ? m.u : [])).sort()).toEqual([...ids].sort());
    expect(messages.every((m) => JSON.stringify(m).length < 8000)).toBe(true);
  });
});

describe("the writers", () => {
  it("publish the board on a follow-up write, and the inbox of the people the fan-out wrote to", async () => {
    heard.length = 0;
    const followUp = await createFollowUp(w.manager, {
      committeeId: w.committeeId,
      agendaItemId: "",
      decisionId: "",
      feedbackId: "",
      title: "Map the joint lab's equipment",
      description: "",
      dueDate: isoDateFromToday(14),
      priority: "MEDIUM",
      leads: [w.us],
      assignees: [w.american.id],
    });
    await committedMarker();
    expect(boardFor(w.committeeId)).toHaveLength(1);
    expect(inboxOf(w.american.id)).toHaveLength(0);
    await fanOutPending();
    await committedMarker();
    expect(inboxOf(w.american.id)).toHaveLength(1);
    expect(inboxOf(w.manager.id)).toHaveLength(0);

    await setFollowUpStatus(w.american, { followUpId: followUp.id, version: followUp.version, status: "IN_PROGRESS" });
    await markAllNotificationsRead(w.american);
    await committedMarker();
    expect(boardFor(w.committeeId)).toHaveLength(2);
    expect(inboxOf(w.american.id)).toHaveLength(2);
  });

  it("publish nothing for a write that is refused", async () => {
    heard.length = 0;
    const followUp = await db().followUp.findFirstOrThrow({ where: { committeeId: w.committeeId } });
    await expect(
      setFollowUpStatus(w.american, { followUpId: followUp.id, version: followUp.version - 1, status: "BLOCKED" }),
    ).rejects.toThrow();
    await committedMarker();
    expect(boardFor(w.committeeId)).toHaveLength(0);
  });
});

/** Opens the SSE route as `user` and collects what it sends until aborted. */
async function openStream(user: Actor) {
  session.user = user;
  const controller = new AbortController();
  const response = await liveRoute(new Request("http://accord.test/api/live", { signal: controller.signal }));
  let text = "";
  if (response.status === 200) {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    (async () => {
      for (;;) {
        const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
        if (done) return;
        text += decoder.decode(value, { stream: true });
      }
    })();
  }
  return { response, text: () => text, close: () => controller.abort() };
}

describe("the SSE route", () => {
  it("answers 401 without a session", async () => {
    const response = await liveRoute(new Request("http://accord.test/api/live"));
    expect(response.status).toBe(401);
  });

  it("sends each reader only their inbox and the boards of committees they may read", async () => {
    const manager = await openStream(w.manager);
    const american = await openStream(w.american);
    const stranger = await openStream(w.stranger);
    expect(manager.response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(manager.response.headers.get("cache-control")).toContain("no-store");
    await expect.poll(() => manager.text()).toMatch(/^retry: \d+\n/);

    await db().$transaction(async (tx) => {
      await publishBoard(tx, w.committeeId);
      await publishInbox(tx, [w.american.id]);
    });
    // The last message of all, to the stranger: once it is there, the ones before were sent.
    await db().$transaction((tx) => publishInbox(tx, [w.stranger.id, w.manager.id]));
    await expect.poll(() => stranger.text()).toContain("data: inbox\n\n");
    await expect.poll(() => manager.text()).toContain("data: inbox\n\n");
    await expect.poll(() => american.text()).toContain("data: inbox\n\n");

    expect(manager.text()).toContain(`data: board:${w.committeeId}\n\n`);
    expect(american.text()).toContain(`data: board:${w.committeeId}\n\n`);
    expect(stranger.text()).not.toContain("board:");
    expect(manager.text().match(/data: inbox/g)).toHaveLength(1);
    expect(stranger.text().match(/data: inbox/g)).toHaveLength(1);
    for (const stream of [manager, american, stranger]) stream.close();
  });

  it("keeps an idle stream alive with a comment, and ends it when the reader goes away", async () => {
    const controller = new AbortController();
    const stream = liveStreamFor(w.usViewer, controller.signal, { heartbeatMs: 20 })!;
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes(": ping\n\n")) text += decoder.decode((await reader.read()).value);
    controller.abort();
    for (;;) if ((await reader.read()).done) break;
  });

  it("limits the streams one person opens, and frees a place when one closes", async () => {
    const streams = [];
    for (let i = 0; i < MAX_STREAMS_PER_USER; i++) streams.push(await openStream(w.korean));
    expect(streams.every((s) => s.response.status === 200)).toBe(true);
    const refused = await openStream(w.korean);
    expect(refused.response.status).toBe(429);
    streams.pop()!.close();
    const again = await openStream(w.korean);
    expect(again.response.status).toBe(200);
    for (const stream of [...streams, again]) stream.close();
  });
});

describe("several app instances", () => {
  it("each instance's listener hears every committed message", async () => {
    const first: LiveMessage[] = [];
    const second: LiveMessage[] = [];
    const stops = [await listenLive(handle(), (m) => first.push(m)), await listenLive(handle(), (m) => second.push(m))];
    await db().$transaction((tx) => publishBoard(tx, "both"));
    for (const seen of [first, second])
      await expect.poll(() => seen.some((m) => m.t === "board" && m.c === "both")).toBe(true);
    for (const stop of stops) await stop();
  });

  it.runIf(process.env.TEST_DATABASE_URL)("a lost LISTEN connection comes back and says to resync", async () => {
    heard.length = 0;
    await db().$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'`;
    await expect.poll(() => heard.some((m) => m.t === "resync"), { timeout: 10_000 }).toBe(true);
    await committedMarker();
  });
});
