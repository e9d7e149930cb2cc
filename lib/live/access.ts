import "server-only";
// Who may read a committee's board, for the open streams. A board message reaches every stream
// of this process at once, and each asks whether its reader may read the committee: the
// questions asked in the same tick are answered by one query (200 readers: one query, not 200).
// The rule is committeeWhere's (lib/server/scope.ts), for many readers: a member of the
// committee's workspace.
import { db } from "@/lib/server/db";

interface Batch {
  userIds: Set<string>;
  readers: Promise<Set<string>>;
}

const pending = new Map<string, Batch>();

async function readersAmong(committeeId: string, userIds: string[]): Promise<Set<string>> {
  const rows = await db().workspaceMembership.findMany({
    where: { userId: { in: userIds }, workspace: { committees: { some: { id: committeeId } } } },
    select: { userId: true },
  });
  return new Set(rows.map((r) => r.userId));
}

export function mayReadCommittee(userId: string, committeeId: string): Promise<boolean> {
  let batch = pending.get(committeeId);
  if (!batch) {
    const userIds = new Set<string>();
    const readers = new Promise<Set<string>>((resolve, reject) => {
      setImmediate(() => {
        pending.delete(committeeId);
        readersAmong(committeeId, [...userIds]).then(resolve, reject);
      });
    });
    batch = { userIds, readers };
    pending.set(committeeId, batch);
  }
  batch.userIds.add(userId);
  return batch.readers.then((readers) => readers.has(userId));
}
