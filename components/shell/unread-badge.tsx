"use client";
// The header's link to the inbox with the unread count, kept current by the live updates
// (an "inbox" event refetches the count) or, failing those, by polling.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { UNREAD_COUNT_KEY, usePollInterval } from "./live-updates";

export function UnreadBadge({ initialCount, className }: { initialCount: number; className: string }) {
  const t = useTranslations("shell");
  const queryClient = useQueryClient();
  // A fresh server render (after marking read here, or any action) brings the count it read:
  // take it, so the badge never waits for the stream to catch up with this tab's own change.
  useEffect(() => {
    queryClient.setQueryData(UNREAD_COUNT_KEY, initialCount);
  }, [queryClient, initialCount]);
  const { data: unread = initialCount } = useQuery({
    queryKey: UNREAD_COUNT_KEY,
    queryFn: async (): Promise<number> => {
      const response = await fetch("/api/notifications/unread");
      if (!response.ok) throw new Error("unexpected");
      return ((await response.json()) as { count: number }).count;
    },
    initialData: initialCount,
    refetchInterval: usePollInterval(),
  });
  return (
    <Link
      href="/notifications"
      className={`relative rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 ${className}`}
      aria-label={`${t("notifications")}: ${t("unread", { count: unread })}`}
    >
      {t("notifications")}
      {unread > 0 && (
        <span
          aria-hidden="true"
          data-testid="unread-count"
          className="ml-1 inline-flex min-w-5 items-center justify-center rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
