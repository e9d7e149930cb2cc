import "server-only";
// Refused attempts go into the audit log: FORBIDDEN (no right: `access.denied`) and NOT_FOUND
// (out of scope, or absent: `access.not_found`; telling the two apart would cost a second,
// unscoped query on every door, so every NOT_FOUND is recorded with its path and target).
// Called from the few doors only: the action wrapper, orNotFound and the route handlers' 404s.
// The refused work rolled back, so the event is written in a transaction of its own, and at
// most REFUSAL_LIMIT per actor per REFUSAL_WINDOW_MINUTES (the last one says so), so a script
// probing ids cannot flood the log. Recording never turns a refusal into a different error.
import { headers } from "next/headers";
import { clock } from "@/lib/time/clock";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { db } from "./db";
import { isAppError } from "./errors";

export const REFUSAL_ACTIONS = ["access.denied", "access.not_found"] as const;
export const REFUSAL_LIMIT = 20;
export const REFUSAL_WINDOW_MINUTES = 10;
/** First key of the two-key advisory lock that serialises one actor's refusal count. */
const LOCK_CLASS = 0x61756469;

export type RefusalKind = "denied" | "not_found";

export interface Refusal {
  kind: RefusalKind;
  /** Which door refused: a server action, a page (orNotFound) or a route handler. */
  via: "action" | "page" | "api";
  path?: string | null;
  targetType?: string;
  targetId?: string;
  /** The refusal's message code (e.g. `forbidden`, `widen_needs_manager`). */
  reason?: string;
}

/** The kind of refusal an error is, or null for any other outcome. */
export function refusalKind(error: unknown): RefusalKind | null {
  if (!isAppError(error)) return null;
  return error.code === "FORBIDDEN" ? "denied" : error.code === "NOT_FOUND" ? "not_found" : null;
}

/** The path of the current request as the proxy saw it (null outside a request). */
export async function requestPath(): Promise<string | null> {
  try {
    return (await headers()).get("x-accord-path")?.slice(0, 500) ?? null;
  } catch {
    return null;
  }
}

/** Records one refusal unless the actor reached the limit; true when a row was written. */
export async function recordRefusal(actor: Actor, refusal: Refusal): Promise<boolean> {
  try {
    return await db().$transaction(async (tx) => {
      // Under a per-actor lock the count and the insert are one step, across app instances.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int, hashtext(${actor.id}))`;
      const at = clock.now();
      const recent = await tx.auditEvent.count({
        where: {
          actorId: actor.id,
          action: { in: [...REFUSAL_ACTIONS] },
          createdAt: { gt: new Date(at.getTime() - REFUSAL_WINDOW_MINUTES * 60_000) },
        },
      });
      if (recent >= REFUSAL_LIMIT) return false;
      await recordAudit(tx, {
        action: refusal.kind === "denied" ? "access.denied" : "access.not_found",
        actor,
        targetType: refusal.targetType?.slice(0, 100),
        targetId: refusal.targetId?.slice(0, 100),
        institutionId: actor.institutionId,
        at,
        metadata: {
          via: refusal.via,
          path: refusal.path ?? null,
          reason: refusal.reason ?? null,
          ...(recent + 1 === REFUSAL_LIMIT ? { limitReached: true, windowMinutes: REFUSAL_WINDOW_MINUTES } : {}),
        },
      });
      return true;
    });
  } catch (error) {
    console.error("[audit] could not record a refusal", error);
    return false;
  }
}
