import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/notification-buttons";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { describeNotification, type Translate } from "@/lib/notifications/describe";
import { listNotifications } from "@/lib/notifications/service";
import { cursorSchema } from "@/lib/server/pagination";
import { requireUser } from "@/lib/server/session";

// Until people choose a time zone, times are shown in UTC, and the zone is always named.
const WHEN = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
} as const;

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const user = await requireUser();
  const cursor = cursorSchema.parse((await searchParams).cursor);
  const page = await listNotifications(user, cursor);
  const [t, all, format, locale] = await Promise.all([
    getTranslations("notifications"),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const translate: Translate = (key, values) => all(key as never, values as never);
  const hasUnread = page.items.some((n) => !n.readAt);
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Link href="/notifications/watching" className="text-brand-700 hover:underline">
              {t("watchingLink")}
            </Link>
            <Link href="/notifications/preferences" className="text-brand-700 hover:underline">
              {t("preferencesLink")}
            </Link>
            {hasUnread && <MarkAllReadButton />}
          </div>
        }
      />
      <Card>
        {page.items.length ? (
          <ul className="divide-y divide-slate-100">
            {page.items.map((n) => {
              const { text, href, title } = describeNotification(n, translate, locale);
              return (
                <li
                  key={n.id}
                  className={`flex flex-wrap items-center justify-between gap-2 py-2 ${n.readAt ? "" : "font-medium"}`}
                >
                  <div>
                    {!n.readAt && <Badge tone="blue">{t("unread")}</Badge>}{" "}
                    {href ? (
                      <Link href={href} className="text-brand-700 hover:underline">
                        {text}
                      </Link>
                    ) : (
                      text
                    )}
                    <p className="text-xs font-normal text-slate-500">{format.dateTime(n.createdAt, WHEN)}</p>
                  </div>
                  {!n.readAt && <MarkReadButton notificationId={n.id} title={title} />}
                </li>
              );
            })}
          </ul>
        ) : (
          <EmptyState>{t("empty")}</EmptyState>
        )}
        {page.nextCursor && (
          <Link
            className="mt-3 inline-block text-sm text-brand-700 hover:underline"
            href={`/notifications?cursor=${page.nextCursor}`}
          >
            {t("more")}
          </Link>
        )}
      </Card>
    </>
  );
}
