"use client";
// Live updates for the signed-in shell: one EventSource on /api/live per tab. An "inbox" event
// refetches the unread count; "board:<committeeId>" the follow-up boards; "resync" (the
// server's listener reconnected and may have missed something) both. Where EventSource is
// missing, or keeps failing, the queries poll instead (usePollInterval).
import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";

export const UNREAD_COUNT_KEY = ["unread-count"] as const;
export const BOARD_KEY = ["follow-up-board"] as const;
const POLL_MS = 60_000;
/** Errors in a row (without an open in between) before giving up on the stream. */
const MAX_FAILURES = 3;

const PollContext = createContext<number | false>(false);

/** The refetch interval for live-fed queries: false while the stream works, else a minute. */
export function usePollInterval(): number | false {
  return useContext(PollContext);
}

export function LiveUpdates({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [polling, setPolling] = useState(false);

  useEffect(() => {
    if (typeof EventSource === "undefined") {
      setPolling(true);
      return;
    }
    let failures = 0;
    const source = new EventSource("/api/live");
    source.onopen = () => {
      // Whatever changed between the page's render (or a dropped stream) and now was not sent.
      client.invalidateQueries({ queryKey: UNREAD_COUNT_KEY });
      client.invalidateQueries({ queryKey: BOARD_KEY });
      failures = 0;
    };
    source.onmessage = (event: MessageEvent<string>) => {
      if (event.data === "inbox" || event.data === "resync") client.invalidateQueries({ queryKey: UNREAD_COUNT_KEY });
      if (event.data.startsWith("board:") || event.data === "resync") client.invalidateQueries({ queryKey: BOARD_KEY });
    };
    source.onerror = () => {
      failures++;
      // The browser retries by itself (after the server's `retry`); past a few failures in a
      // row (signed out, too many tabs, a proxy that buffers), poll instead.
      if (failures >= MAX_FAILURES || source.readyState === EventSource.CLOSED) {
        source.close();
        setPolling(true);
      }
    };
    return () => source.close();
  }, [client]);

  return <PollContext.Provider value={polling ? POLL_MS : false}>{children}</PollContext.Provider>;
}
