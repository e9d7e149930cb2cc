// Each test file gets its own fresh database: an in-memory PGlite by default, or a new
// database on the PostgreSQL server when TEST_DATABASE_URL is set (as .ci/run does).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { applyMigrations } from "@/lib/server/database/migrate";
import { type DatabaseHandle, openDatabase } from "@/lib/server/database/open";
import { syncReferenceData } from "@/lib/server/database/reference-data";
import { setDatabase } from "@/lib/server/db";

export function databaseUrlWith(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createTestDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({});
    await applyMigrations(handle.raw);
    await syncReferenceData(handle.raw);
    return { handle, drop: () => handle.close() };
  }
  const name = `accord_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const handle = await openDatabase({ url: databaseUrlWith(serverUrl, name) });
  await applyMigrations(handle.raw);
  await syncReferenceData(handle.raw);
  return {
    handle,
    drop: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** Opens a fresh database for the calling test file and makes it the app's database. */
export function useTestDatabase(): { handle: () => DatabaseHandle } {
  let current: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
    setDatabase(current.handle);
  });
  afterAll(async () => {
    setDatabase(undefined);
    await current?.drop();
  });
  return { handle: () => current!.handle };
}
