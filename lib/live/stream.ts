import "server-only";
// One signed-in reader's Server-Sent Events stream. It sends a line only when the message
// concerns the reader: "inbox" when their own inbox rows changed, "board:<committeeId>" for a
// committee they may read (checked with the pages' scope, remembered for a minute per
// connection), "resync" after the listener reconnected. A comment every 25 s keeps proxies from
// closing an idle stream; after 15 minutes the stream ends and the browser reconnects (after
// `retry`), so a session that ended or lost access stops receiving.
import type { Actor } from "@/lib/server/actor";
import { clock } from "@/lib/time/clock";
import { type LiveMessage, subscribeLive } from "./bus";

export const HEARTBEAT_MS = 25_000;
export const MAX_STREAM_MS = 15 * 60_000;
export const RETRY_MS = 5_000;
const ACCESS_CACHE_MS = 60_000;
/** Open streams per person in this process (tabs); one more is refused with 429. */
export const MAX_STREAMS_PER_USER = 6;

const open = new Map<string, number>();

export interface StreamOptions {
  canReadCommittee: (committeeId: string) => Promise<boolean>;
  heartbeatMs?: number;
  maxStreamMs?: number;
}

/** The stream, or null when the person already has MAX_STREAMS_PER_USER open here. */
export function liveEventStream(
  actor: Actor,
  signal: AbortSignal,
  options: StreamOptions,
): ReadableStream<Uint8Array> | null {
  if ((open.get(actor.id) ?? 0) >= MAX_STREAMS_PER_USER) return null;
  open.set(actor.id, (open.get(actor.id) ?? 0) + 1);
  const encoder = new TextEncoder();
  const access = new Map<string, { ok: boolean; at: number }>();
  let cleanup = () => {};

  const mayRead = async (committeeId: string) => {
    const cached = access.get(committeeId);
    if (cached && clock.ms() - cached.at < ACCESS_CACHE_MS) return cached.ok;
    const ok = await options.canReadCommittee(committeeId).catch(() => false);
    access.set(committeeId, { ok, at: clock.ms() });
    return ok;
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const lineFor = async (message: LiveMessage): Promise<string | null> => {
        if (message.t === "resync") return "resync";
        if (message.t === "inbox") return message.u.includes(actor.id) ? "inbox" : null;
        return (await mayRead(message.c)) ? `board:${message.c}` : null;
      };
      // Lines leave in the order the messages came, though a board line waits for its check.
      let order = Promise.resolve();
      const unsubscribe = subscribeLive((message) => {
        order = order
          .then(() => lineFor(message))
          .then((line) => {
            if (line) send(`data: ${line}\n\n`);
          })
          .catch(() => {});
      });
      const heartbeat = setInterval(() => send(": ping\n\n"), options.heartbeatMs ?? HEARTBEAT_MS);
      const lifetime = setTimeout(() => cleanup(), options.maxStreamMs ?? MAX_STREAM_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        signal.removeEventListener("abort", cleanup);
        const left = (open.get(actor.id) ?? 1) - 1;
        if (left > 0) open.set(actor.id, left);
        else open.delete(actor.id);
        try {
          controller.close();
        } catch {
          // already closed by the reader going away
        }
      };
      signal.addEventListener("abort", cleanup);
      if (signal.aborted) return cleanup();
      send(`retry: ${RETRY_MS}\n: connected\n\n`);
    },
    cancel() {
      cleanup();
    },
  });
}
