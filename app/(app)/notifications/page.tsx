import { getTranslations } from "next-intl/server";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/notification-buttons";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { MoreLink, TextLink } from "@/components/ui/text-link";
import { listNotifications } from "@/lib/notifications/service";
import { cursorSchema } from "@/lib/server/pagination";
import { requireUser } from "@/lib/server/session";

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const user = await requireUser();
  const cursor = cursorSchema.parse((await searchParams).cursor);
  const page = await listNotifications(user, cursor);
  const t = await getTranslations("notifications");
  const hasUnread = page.items.some((n) => !n.readAt);
  return (
    <>
      <PageHeader title={t("title")} actions={hasUnread ? <MarkAllReadButton /> : undefined} />
      <Card>
        {page.items.length ? (
          <ul className="divide-y divide-slate-100">
            {page.items.map((n) => {
              const text = t(`kind.${n.kind}`, {
                actor: n.actor?.name ?? t("someone"),
                title: n.brief?.title ?? n.followUp?.title ?? "",
              });
              const href = n.brief ? `/briefs/${n.brief.id}` : n.followUp ? `/follow-ups/${n.followUp.id}` : null;
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
                  {!n.readAt && (
                    <MarkReadButton notificationId={n.id} title={n.brief?.title ?? n.followUp?.title ?? ""} />
                  )}
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
