// LISTEN on a PostgreSQL server through a dedicated connection of its own (a pooled one would
// be handed to other queries and lose the subscription). A dropped connection is reopened with
// a growing delay (0.5 s doubling to 30 s) and the LISTEN repeated; notifications sent while it
// was down are lost, so `onReconnect` lets the caller tell its clients to refetch.
import pg from "pg";

export interface ListenOptions {
  onReconnect?: () => void;
  /** Logs connection trouble; defaults to console.error. */
  onError?: (error: unknown) => void;
}

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

export async function listenOnServer(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  options: ListenOptions = {},
): Promise<() => Promise<void>> {
  const report =
    options.onError ??
    ((error) => console.error("[live] LISTEN connection lost:", error instanceof Error ? error.message : error));
  let client: pg.Client | null = null;
  let stopped = false;
  let delay = MIN_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    // 'error' then 'end' may both fire for one failure; schedule once per client.
    let lost = false;
    const onLost = (error?: unknown) => {
      if (lost || stopped) return;
      lost = true;
      if (error) report(error);
      client = null;
      next.end().catch(() => {});
      schedule();
    };
    next.on("error", onLost);
    next.on("end", () => onLost());
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    client = next;
    delay = MIN_DELAY_MS;
  };

  const schedule = () => {
    if (stopped || timer) return;
    timer = setTimeout(async () => {
      timer = null;
      try {
        await connect();
        options.onReconnect?.();
      } catch (error) {
        report(error);
        delay = Math.min(delay * 2, MAX_DELAY_MS);
        schedule();
      }
    }, delay);
    timer.unref?.();
  };

  await connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await client?.end().catch(() => {});
    client = null;
  };
}
