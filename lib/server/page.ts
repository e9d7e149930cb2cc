import "server-only";
import { notFound } from "next/navigation";
import { recordRefusal, refusalKind, requestPath } from "./refusals";
import { getCurrentUser } from "./session";

/**
 * Pages turn an out-of-scope record (NOT_FOUND or FORBIDDEN) into the 404 page, and record
 * the refusal (with the requested path) for the signed-in user.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    const kind = refusalKind(error);
    if (!kind) throw error;
    const actor = await getCurrentUser().catch(() => null);
    if (actor)
      await recordRefusal(actor, { kind, via: "page", path: await requestPath(), reason: (error as Error).message });
    notFound();
  }
}
