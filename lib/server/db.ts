// No "server-only": also used at start-up and by the CLI.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatabaseHandle } from "./database/open";

// The handle lives on globalThis: Next bundles instrumentation and routes separately, and
// every bundle must reach the one database opened at start (one PGlite connection).
const holder = globalThis as typeof globalThis & { __accordDatabase?: DatabaseHandle };

export type Db = PrismaClient;
/** What a service receives inside `db().$transaction(async (tx) => …)`. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function setDatabase(handle: DatabaseHandle | undefined): void {
  holder.__accordDatabase = handle;
}

export function getDatabaseHandle(): DatabaseHandle {
  const handle = holder.__accordDatabase;
  if (!handle) throw new Error("The database is not open yet (it is opened when the server starts).");
  return handle;
}

export function db(): PrismaClient {
  return getDatabaseHandle().prisma;
}
