// The database at start: open the configured one (never at build time), migrate, sync the
// reference data, then the demo seed (embedded default or ACCORD_DEMO=1) or, on an empty
// database, the operator's setup link. The CLI prepares its database the same way.
import { issueOperatorSetupLink } from "@/lib/invitations/setup-link";
import { applyMigrations } from "@/lib/server/database/migrate";
import { type DatabaseHandle, openDatabase } from "@/lib/server/database/open";
import { syncReferenceData } from "@/lib/server/database/reference-data";
import { setDatabase } from "@/lib/server/db";
import { dataDirPath, serverEnv } from "@/lib/server/env";
import { seedDemoData } from "@/prisma/seed";

/** The database the environment names (DATABASE_URL, else the embedded one), made the app's. */
export async function openConfiguredDatabase(): Promise<DatabaseHandle> {
  const env = serverEnv();
  const handle = env.DATABASE_URL
    ? await openDatabase({ url: env.DATABASE_URL })
    : await openDatabase({ dataDir: dataDirPath(env) });
  setDatabase(handle);
  return handle;
}

/** Opened, migrated, with its reference data: ready for the app and for every CLI command. */
export async function prepareDatabase(): Promise<{ handle: DatabaseHandle; applied: string[] }> {
  const handle = await openConfiguredDatabase();
  const { applied } = await applyMigrations(handle.raw);
  await syncReferenceData(handle.raw);
  return { handle, applied };
}

export async function bootDatabase(log: (line: string) => void = console.log): Promise<DatabaseHandle> {
  const env = serverEnv();
  const { handle, applied } = await prepareDatabase();
  log(
    env.DATABASE_URL
      ? "Accord: using the PostgreSQL server in DATABASE_URL"
      : `Accord: embedded database in ${dataDirPath(env)}`,
  );
  if (applied.length) log(`Accord: applied ${applied.length} migration(s): ${applied.join(", ")}`);
  if (env.demo) {
    const seeded = await seedDemoData(handle.prisma);
    if (seeded.created) log("Accord: demo data loaded.");
    log(seeded.accountsBanner);
  } else if ((await handle.prisma.user.count()) === 0) {
    const link = await issueOperatorSetupLink();
    log(`Accord: no accounts yet. Create the platform operator account here (valid 24 hours, single use):\n  ${link}`);
  }
  return handle;
}
