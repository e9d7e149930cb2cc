// Exactly one process may own the embedded database directory. The lock is a file created
// atomically (O_EXCL) holding the owner's pid; a lock left by a dead process is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { clock } from "@/lib/time/clock";

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Accord process (pid ${ownerPid}). ` +
        "Stop that process first (only one process may open the embedded database), " +
        "or set DATABASE_URL to run several processes against a PostgreSQL server.",
    );
    this.name = "DataDirLockedError";
  }
}

interface LockContent {
  pid: number;
  host: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock or throws DataDirLockedError. Returns a function that releases it. */
export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "accord.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      const content: LockContent = { pid: process.pid, host: hostname(), since: clock.now().toISOString() };
      writeSync(fd, JSON.stringify(content));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(lockPath, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(lockPath);
      if (owner && owner.host === hostname() && isAlive(owner.pid)) {
        throw new DataDirLockedError(dataDir, owner.pid);
      }
      if (owner && owner.host !== hostname()) {
        throw new DataDirLockedError(dataDir, owner.pid);
      }
      // Left behind by a process that died: remove it and try once more (O_EXCL decides races).
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

function readOwner(lockPath: string): LockContent | null {
  try {
    return JSON.parse(readFileSync(lockPath, "utf8")) as LockContent;
  } catch {
    return null;
  }
}
