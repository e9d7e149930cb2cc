import "server-only";
// The live-update domain's door: writers publish inside their transaction (./bus.ts), the start
// wires this process's listener, and the SSE route asks for a reader's stream (./stream.ts).
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { committeeWhere } from "@/lib/server/scope";
import { liveEventStream } from "./stream";

export { type LiveMessage, listenLive, publishBoard, publishInbox, startLiveListener, stopLiveListener } from "./bus";

/** The signed-in reader's event stream; null when they have too many open already. */
export function liveStreamFor(actor: Actor, signal: AbortSignal, options: { heartbeatMs?: number } = {}) {
  return liveEventStream(actor, signal, {
    ...options,
    // The same scope as the committee pages: a member of the committee's workspace reads it.
    canReadCommittee: async (committeeId) =>
      (await db().committee.count({ where: { id: committeeId, ...committeeWhere(actor) } })) > 0,
  });
}
