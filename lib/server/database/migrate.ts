// The project's own migration runner: applies pending committed migrations in order and
// records each in `_prisma_migrations` exactly as `prisma migrate deploy` does, so the two
// stay interchangeable wherever the Prisma CLI can run.
import { randomUUID } from "node:crypto";
import { type MigrationFile, readMigrationFiles } from "./migration-files";

/** The little a runner needs from a raw driver connection (pg.Client or PGlite). */
export interface SqlConnection {
  /** Runs a script of several statements (simple query protocol). */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export class MigrationError extends Error {}

// Prisma's own DDL for its bookkeeping table.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

// Any constant works; it keeps two app instances starting together from migrating twice.
const MIGRATION_LOCK_KEY = 72_775_001;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export async function applyMigrations(
  conn: SqlConnection,
  migrations: MigrationFile[] = readMigrationFiles(),
): Promise<MigrationResult> {
  await conn.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await conn.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await conn.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const done = new Map<string, AppliedRow>();
    for (const row of rows) {
      if (row.rolled_back_at) continue;
      if (!row.finished_at) {
        throw new MigrationError(
          `Migration ${row.migration_name} started earlier but did not finish. Restore a backup or resolve it by hand before starting Accord.`,
        );
      }
      done.set(row.migration_name, row);
    }
    const applied: string[] = [];
    for (const migration of migrations) {
      const previous = done.get(migration.name);
      if (previous) {
        if (previous.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was changed after it was applied (checksum differs). Committed migrations must never be edited; add a new one instead.`,
          );
        }
        continue;
      }
      await applyOne(conn, migration);
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    await conn.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

async function applyOne(conn: SqlConnection, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await conn.exec("BEGIN");
  try {
    await conn.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await conn.exec(migration.sql);
    await conn.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [
      id,
    ]);
    await conn.exec("COMMIT");
  } catch (error) {
    await conn.exec("ROLLBACK");
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
  }
}
