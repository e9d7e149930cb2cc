import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/notification-buttons";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { MoreLink, TextLink } from "@/components/ui/text-link";
import { describeNotification, type Translate } from "@/lib/notifications/describe";
import { listNotifications } from "@/lib/notifications/service";
import { cursorSchema } from "@/lib/server/pagination";
import { requireUser } from "@/lib/server/session";

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const user = await requireUser();
  const cursor = cursorSchema.parse((await searchParams).cursor);
  const page = await listNotifications(user, cursor);
  const [t, all, locale, zone] = await Promise.all([
    getTranslations("notifications"),
    getTranslations(),
    getLocale(),
    getTimeZone(),
  ]);
  const translate: Translate = (key, values) => all(key as never, values as never);
  const hasUnread = page.items.some((n) => !n.readAt);
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <TextLink href="/notifications/watching">{t("watchingLink")}</TextLink>
            <TextLink href="/notifications/preferences">{t("preferencesLink")}</TextLink>
            {hasUnread && <MarkAllReadButton />}
          </div>
        }
      />
      <Card>
        {page.items.length ? (
          <ul className="divide-y divide-slate-100">
            {page.items.map((n) => {
              const { text, href, title } = describeNotification(n, translate, locale, zone);
              return (
                <li
                  key={n.id}
                  className={`flex flex-wrap items-center justify-between gap-2 py-2 ${n.readAt ? "" : "font-medium"}`}
                >
                  <div>
                    {!n.readAt && <Badge tone="blue">{t("unread")}</Badge>}{" "}
                    {href ? <TextLink href={href}>{text}</TextLink> : text}
                    <p className="text-xs font-normal text-slate-500">
                      <DateTime value={n.createdAt} />
                    </p>
                  </div>
                  {!n.readAt && <MarkReadButton notificationId={n.id} title={title} />}
                </li>
              );
            })}
          </ul>
        ) : (
          <EmptyState>{t("empty")}</EmptyState>
        )}
        {page.nextCursor && <MoreLink href={`/notifications?cursor=${page.nextCursor}`}>{t("more")}</MoreLink>}
      </Card>
    </>
  );
}
