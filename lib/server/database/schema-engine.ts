// Prisma's schema engine compiled to WebAssembly, used offline to compute migration SQL
// (the native engine would be downloaded). Its API is internal: the package is pinned exactly.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { readMigrationFiles } from "./migration-files";

const require = createRequire(import.meta.url);
export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

type Engine = { diff(params: unknown): Promise<{ stdout: string; exitCode: number }> };

async function createEngine(schema: string): Promise<Engine> {
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasm = new WebAssembly.Module(
    // The .wasm file is not in the package's exports map: find it beside the JS glue.
    readFileSync(
      path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm"),
    ),
  );
  const instance = new WebAssembly.Instance(wasm, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  // A throwaway in-memory PGlite is the engine's scratch ("shadow") database.
  const scratch = new PGlite({ extensions: { pg_trgm } });
  const factory = new PrismaPGlite(scratch);
  // The adapter's own shadow database lacks our extensions (pg_trgm); the engine replays the
  // migrations there, so it gets a PGlite with the same extensions as the app's.
  factory.connectToShadowDb = () => new PrismaPGlite(new PGlite({ extensions: { pg_trgm } })).connect();
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  return (await bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, adapter)) as unknown as Engine;
}

/** SQL that takes the database from the committed migrations to schema.prisma ("" = no drift). */
export async function diffMigrationsToSchema(): Promise<string> {
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const engine = await createEngine(schema);
  const baseDir = path.join(process.cwd(), "prisma", "migrations");
  const migrations = readMigrationFiles(baseDir);
  const lockToml = 'provider = "postgresql"\n';
  const { stdout } = await engine.diff({
    from: {
      tag: "migrations",
      baseDir,
      shadowDbInitScript: "",
      lockfile: { path: "migration_lock.toml", content: lockToml },
      migrationDirectories: migrations.map((m) => ({
        path: path.join(baseDir, m.name),
        migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
      })),
    },
    to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return stdout.replace(/^-- This is an empty migration\.\s*$/m, "").trim();
}
