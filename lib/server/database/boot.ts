// Opens the database when the server starts (never at build time): migrations, then the demo
// seed (embedded default or ACCORD_DEMO=1) or, on an empty database, a setup link.
import { seedDemoData } from "@/prisma/seed";
import { setDatabase } from "../db";
import { dataDirPath, serverEnv } from "../env";
import { applyMigrations } from "./migrate";
import { type DatabaseHandle, openDatabase } from "./open";
import { syncReferenceData } from "./reference-data";

export async function bootDatabase(log: (line: string) => void = console.log): Promise<DatabaseHandle> {
  const env = serverEnv();
  const handle = env.DATABASE_URL
    ? await openDatabase({ url: env.DATABASE_URL })
    : await openDatabase({ dataDir: dataDirPath(env) });
  log(
    env.DATABASE_URL
      ? "Accord: using the PostgreSQL server in DATABASE_URL"
      : `Accord: embedded database in ${dataDirPath(env)}`,
  );
  const { applied } = await applyMigrations(handle.raw);
  if (applied.length) log(`Accord: applied ${applied.length} migration(s): ${applied.join(", ")}`);
  await syncReferenceData(handle.raw);
  setDatabase(handle);

  if (env.demo) {
    const seeded = await seedDemoData(handle.prisma);
    if (seeded.created) log("Accord: demo data loaded.");
    log(seeded.accountsBanner);
  } else if ((await handle.prisma.user.count()) === 0) {
    const { issueOperatorSetupLink } = await import("@/lib/invitations/setup-link");
    const link = await issueOperatorSetupLink();
    log(`Accord: no accounts yet. Create the platform operator account here (valid 24 hours, single use):\n  ${link}`);
  }
  return handle;
}
