// The server's start (instrumentation.ts, never during `next build`): environment, database,
// then the background jobs. A bad environment or a taken data directory stops it with a message.
import { startLiveListener } from "@/lib/live/service";
import { DataDirLockedError } from "@/lib/server/database/data-dir-lock";
import { EnvError, serverEnv } from "@/lib/server/env";
import { bootDatabase } from "./database";
import { startJobs } from "./jobs";

export async function startServer(): Promise<void> {
  try {
    // next-auth builds its redirect URLs (sign-out, callbacks) from NEXTAUTH_URL and
    // falls back to http://localhost:3000; point it at the address we really serve.
    process.env.NEXTAUTH_URL ??= serverEnv().baseUrl;
    const handle = await bootDatabase();
    startJobs();
    // Live updates (SSE) hear committed changes on this instance's LISTEN connection.
    await startLiveListener(handle);
    const close = async () => {
      await handle.close().catch(() => {});
      process.exit(0);
    };
    process.once("SIGINT", close);
    process.once("SIGTERM", close);
  } catch (error) {
    if (error instanceof EnvError || error instanceof DataDirLockedError) {
      console.error(`\n${error.message}\n`);
    } else {
      console.error("Accord could not start:", error);
    }
    process.exit(1);
  }
}
