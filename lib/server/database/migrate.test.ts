import { describe, expect, it } from "vitest";
import { applyMigrations, MigrationError, type SqlConnection } from "./migrate";
import { checksumOf, readMigrationFiles } from "./migration-files";
import { openDatabase } from "./open";
import { diffMigrationsToSchema } from "./schema-engine";

const m = (name: string, sql: string) => ({ name, sql, checksum: checksumOf(sql) });

async function scratch(): Promise<{ raw: SqlConnection; close: () => Promise<void> }> {
  const handle = await openDatabase({});
  return { raw: handle.raw, close: handle.close };
}

describe("migration runner", () => {
  it("applies pending migrations in order and records them as Prisma does", async () => {
    const db = await scratch();
    const first = [
      m("20260101000000_a", "CREATE TABLE a (id int);"),
      m("20260102000000_b", "CREATE TABLE b (id int); INSERT INTO b VALUES (1);"),
    ];
    expect((await applyMigrations(db.raw, first)).applied).toEqual(["20260101000000_a", "20260102000000_b"]);
    const rows = await db.raw.query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished_at: Date | null;
    }>(
      `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count, r.finished_at !== null])).toEqual([
      ["20260101000000_a", first[0].checksum, 1, true],
      ["20260102000000_b", first[1].checksum, 1, true],
    ]);
    // Second run: nothing to do; a new migration is applied alone.
    const more = [...first, m("20260103000000_c", "ALTER TABLE a ADD COLUMN name text;")];
    expect(await applyMigrations(db.raw, more)).toEqual({ applied: ["20260103000000_c"], alreadyApplied: 2 });
    await db.close();
  });

  it("rolls back a failing migration and leaves no record of it", async () => {
    const db = await scratch();
    await expect(
      applyMigrations(db.raw, [m("20260101000000_bad", "CREATE TABLE x (id int); SELECT * FROM missing_table;")]),
    ).rejects.toThrow(MigrationError);
    const tables = await db.raw.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'x'`);
    expect(tables).toHaveLength(0);
    expect(await db.raw.query(`SELECT * FROM "_prisma_migrations"`)).toHaveLength(0);
    await db.close();
  });

  it("refuses a committed migration that was edited after it was applied", async () => {
    const db = await scratch();
    await applyMigrations(db.raw, [m("20260101000000_a", "CREATE TABLE a (id int);")]);
    await expect(applyMigrations(db.raw, [m("20260101000000_a", "CREATE TABLE a (id bigint);")])).rejects.toThrow(
      /was changed after it was applied/,
    );
    await db.close();
  });

  it("the committed migrations produce exactly schema.prisma (no drift)", async () => {
    expect(readMigrationFiles().length).toBeGreaterThan(0);
    expect(await diffMigrationsToSchema()).toBe("");
  });
});
