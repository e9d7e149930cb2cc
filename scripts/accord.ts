// Accord's command line, for scripted installs and operations:
//   npm run accord -- migrate                      apply pending migrations
//   npm run accord -- setup-link                   print a one-time link to create the operator
//   npm run accord -- create-operator --email E --name N   (password from ACCORD_OPERATOR_PASSWORD)
//   npm run accord -- backup <file.tar.gz>         embedded database only (stop the app first)
//   npm run accord -- restore <file.tar.gz>        into an empty ACCORD_DATA_DIR
//   npm run accord -- audit-retention --older-than-days N [--force]   delete older audit events
// Every command that opens the database prepares it as the server does (lib/boot/database.ts:
// migrations, reference data). Embedded database: it takes the data-directory lock, so it
// refuses to run beside the app.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { checkRetentionDays, deleteOldAuditEvents, RetentionError } from "../lib/audit/retention";
import { hashPassword, passwordProblem } from "../lib/auth/password";
import { emailSchema, personNameSchema } from "../lib/auth/schemas";
import { prepareDatabase } from "../lib/boot/database";
import { createOperator } from "../lib/invitations/service";
import { issueOperatorSetupLink } from "../lib/invitations/setup-link";
import { acquireDataDirLock, DataDirLockedError } from "../lib/server/database/data-dir-lock";
import { dataDirPath, EnvError, serverEnv } from "../lib/server/env";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

async function main() {
  const command = process.argv[2];
  switch (command) {
    case "migrate": {
      const { handle, applied } = await prepareDatabase();
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
      await handle.close();
      return;
    }
    case "setup-link": {
      const { handle } = await prepareDatabase();
      console.log(await issueOperatorSetupLink());
      await handle.close();
      return;
    }
    case "create-operator": {
      const email = emailSchema.safeParse(option("email") ?? "");
      const name = personNameSchema.safeParse(option("name") ?? "");
      const password = process.env.ACCORD_OPERATOR_PASSWORD ?? "";
      if (!email.success || !name.success)
        fail("Usage: accord create-operator --email <email> --name <name>   (password in ACCORD_OPERATOR_PASSWORD)");
      const problem = passwordProblem(password, [name.data]);
      if (problem) fail(`ACCORD_OPERATOR_PASSWORD is not acceptable: ${problem}`);
      const { handle } = await prepareDatabase();
      const passwordHash = await hashPassword(password);
      await handle.prisma.$transaction((tx) =>
        createOperator(tx, { email: email.data, name: name.data, passwordHash }, null),
      );
      console.log(`Created the platform operator ${email.data}.`);
      await handle.close();
      return;
    }
    case "backup": {
      const file = process.argv[3] ?? fail("Usage: accord backup <file.tar.gz>");
      const dir = dataDirPath();
      if (serverEnv().DATABASE_URL) fail("With DATABASE_URL, back up with pg_dump (docs/operations.md).");
      const release = acquireDataDirLock(dir);
      const pglite = new PGlite({ dataDir: path.join(dir, "pgdata"), extensions: { pg_trgm } });
      const dump = await pglite.dumpDataDir("gzip");
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      await pglite.close();
      release();
      console.log(`Backed up ${dir} to ${file}`);
      return;
    }
    case "restore": {
      const file = process.argv[3] ?? fail("Usage: accord restore <file.tar.gz>");
      const dir = dataDirPath();
      if (existsSync(path.join(dir, "pgdata")))
        fail(`${dir}/pgdata exists: restore only into an empty data directory (move the old one away first).`);
      const release = acquireDataDirLock(dir);
      const pglite = new PGlite({
        dataDir: path.join(dir, "pgdata"),
        extensions: { pg_trgm },
        loadDataDir: new Blob([readFileSync(file)]),
      });
      await pglite.waitReady;
      await pglite.close();
      release();
      console.log(`Restored ${file} into ${dir}`);
      return;
    }
    case "audit-retention": {
      const days = Number(option("older-than-days") ?? "");
      const force = process.argv.includes("--force");
      checkRetentionDays(days, force);
      const { handle } = await prepareDatabase();
      const { deleted, cutoff } = await deleteOldAuditEvents(days, { force });
      console.log(`Deleted ${deleted} audit events from before ${cutoff.toISOString()} (recorded as audit.retention).`);
      await handle.close();
      return;
    }
    default:
      fail(
        "Commands: migrate | setup-link | create-operator --email E --name N | backup <file> | restore <file> | audit-retention --older-than-days N [--force]",
      );
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    if (error instanceof DataDirLockedError || error instanceof EnvError || error instanceof RetentionError)
      fail(error.message);
    console.error(error);
    process.exit(1);
  },
);
