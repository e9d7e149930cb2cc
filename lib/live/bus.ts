import "server-only";
// The live-update bus. A writer publishes inside its transaction with pg_notify, so PostgreSQL
// itself delivers the message at commit and drops it on rollback, on a server (every app
// instance LISTENs on its own connection) as on the embedded database (PGlite's session hears
// its own NOTIFY, in this process). Each instance turns what it hears into an in-process event
// for its open SSE streams. Messages carry ids only (users, committee), never content: the
// stream decides per reader what to send, and the browser refetches through the scoped routes.
import { EventEmitter } from "node:events";
import type { DatabaseHandle } from "@/lib/server/database/open";
import type { Tx } from "@/lib/server/db";

export const LIVE_CHANNEL = "accord_live";

export type LiveMessage =
  /** Inbox rows of these users were written or read. */
  | { t: "inbox"; u: string[] }
  /** A follow-up of this committee changed (the board). */
  | { t: "board"; c: string }
  /** The listener reconnected: messages may have been missed, everyone refetches. */
  | { t: "resync" };

// NOTIFY payloads are limited to 8000 bytes; a cuid is 25 characters, so 200 ids fit well.
const IDS_PER_MESSAGE = 200;

/** Something that runs SQL: a transaction, or db() for a write made outside one. */
type Sql = Pick<Tx, "$executeRaw">;

async function notify(sql: Sql, message: LiveMessage): Promise<void> {
  await sql.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(message)})`;
}

export async function publishInbox(sql: Sql, userIds: string[]): Promise<void> {
  const unique = [...new Set(userIds)];
  for (let i = 0; i < unique.length; i += IDS_PER_MESSAGE) {
    await notify(sql, { t: "inbox", u: unique.slice(i, i + IDS_PER_MESSAGE) });
  }
}

export async function publishBoard(sql: Sql, committeeId: string): Promise<void> {
  await notify(sql, { t: "board", c: committeeId });
}

// One emitter per process on globalThis: Next bundles instrumentation (which starts the
// listener) and the route handlers (which subscribe) separately.
const holder = globalThis as typeof globalThis & {
  __accordLive?: { emitter: EventEmitter; stop: (() => Promise<void>) | null };
};
holder.__accordLive ??= { emitter: new EventEmitter().setMaxListeners(0), stop: null };
const state = holder.__accordLive;

export function parseLiveMessage(payload: string): LiveMessage | null {
  try {
    const message = JSON.parse(payload) as LiveMessage;
    if (message.t === "inbox" && Array.isArray(message.u)) return message;
    if (message.t === "board" && typeof message.c === "string") return message;
    return null;
  } catch {
    return null;
  }
}

/** One listener on the channel (an app instance has one); resolves to its stop function. */
export function listenLive(handle: DatabaseHandle, onMessage: (message: LiveMessage) => void) {
  return handle.listen(
    LIVE_CHANNEL,
    (payload) => {
      const message = parseLiveMessage(payload);
      if (message) onMessage(message);
    },
    { onReconnect: () => onMessage({ t: "resync" }) },
  );
}

/** Starts this process's listener, feeding the streams (a second call replaces the first). */
export async function startLiveListener(handle: DatabaseHandle): Promise<() => Promise<void>> {
  await stopLiveListener();
  state.stop = await listenLive(handle, (message) => state.emitter.emit("message", message));
  return stopLiveListener;
}

export async function stopLiveListener(): Promise<void> {
  const stop = state.stop;
  state.stop = null;
  await stop?.();
}

export function subscribeLive(handler: (message: LiveMessage) => void): () => void {
  state.emitter.on("message", handler);
  return () => state.emitter.off("message", handler);
}
