// Opens the one database engine, PostgreSQL: a server when a URL is given, else embedded PGlite.
// Used by the app at start, the CLI and the tests. Plain Node module (no "server-only").
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { acquireDataDirLock } from "./data-dir-lock";
import { type ListenOptions, listenOnServer } from "./listen";
import type { SqlConnection } from "./migrate";

export type DatabaseKind = "embedded" | "postgres";

export interface DatabaseHandle {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** A raw connection for migrations and multi-statement scripts. */
  raw: SqlConnection;
  /**
   * Receives NOTIFY payloads on `channel` (delivered at commit, never for a rolled-back
   * transaction); resolves to the function that stops listening. On a server: a dedicated
   * connection per call, reopened when lost; embedded: PGlite's own session, in this process.
   */
  listen(channel: string, onPayload: (payload: string) => void, options?: ListenOptions): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export type OpenOptions =
  | { url: string }
  /** dataDir undefined = in memory (tests). */
  | { dataDir?: string };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if ("url" in options) return openServer(options.url);
  return openEmbedded(options.dataDir);
}

async function openServer(url: string): Promise<DatabaseHandle> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const raw: SqlConnection = {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
  };
  // JIT compilation costs tens of milliseconds per query and pays off only for long analytic
  // scans; Accord's queries are short and interactive, so it is off for the app's sessions.
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, options: "-c jit=off" }) });
  return {
    kind: "postgres",
    prisma,
    raw,
    listen: (channel, onPayload, listenOptions) => listenOnServer(url, channel, onPayload, listenOptions),
    close: async () => {
      await prisma.$disconnect();
      await client.end();
    },
  };
}

async function openEmbedded(dataDir?: string): Promise<DatabaseHandle> {
  // The lock comes first: a second owner must stop before touching the files.
  const release = dataDir ? acquireDataDirLock(dataDir) : () => {};
  try {
    const pglite = new PGlite({
      dataDir: dataDir ? path.join(dataDir, "pgdata") : undefined,
      extensions: { pg_trgm },
    });
    await pglite.waitReady;
    const raw: SqlConnection = {
      exec: async (sql) => {
        await pglite.exec(sql);
      },
      query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    };
    // One PGlite instance = one Postgres session; Prisma gets exactly that one connection.
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return {
      kind: "embedded",
      prisma,
      raw,
      listen: (channel, onPayload) => pglite.listen(channel, onPayload),
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
