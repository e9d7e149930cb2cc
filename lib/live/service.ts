import "server-only";
// The live-update domain's door: writers publish inside their transaction (./bus.ts), the start
// wires this process's listener, and the SSE route asks for a reader's stream (./stream.ts).
import type { Actor } from "@/lib/server/actor";
import { mayReadCommittee } from "./access";
import { liveEventStream } from "./stream";

export { type LiveMessage, listenLive, publishBoard, publishInbox, startLiveListener, stopLiveListener } from "./bus";

/** The signed-in reader's event stream; null when they have too many open already. */
export function liveStreamFor(actor: Actor, signal: AbortSignal, options: { heartbeatMs?: number } = {}) {
  return liveEventStream(actor, signal, {
    ...options,
    // The committee pages' rule (committeeWhere), asked for all open streams in one query.
    canReadCommittee: (committeeId) => mayReadCommittee(actor.id, committeeId),
  });
}
