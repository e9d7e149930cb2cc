import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { WatchButton } from "@/components/notifications/watch-button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { cursorSchema } from "@/lib/server/pagination";
import { requireUser } from "@/lib/server/session";
import { listWatching } from "@/lib/watches/service";

export default async function WatchingPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const user = await requireUser();
  const cursor = cursorSchema.parse((await searchParams).cursor);
  const [page, t, format] = await Promise.all([
    listWatching(user, cursor),
    getTranslations("notifications"),
    getFormatter(),
  ]);
  return (
    <>
      <PageHeader
        title={t("watching.title")}
        description={t("watching.description")}
        actions={
          <Link href="/notifications" className="text-sm text-brand-700 hover:underline">
            {t("title")}
          </Link>
        }
      />
      <Card>
        {page.items.length ? (
          <ul className="divide-y divide-slate-100" aria-label={t("watching.caption")}>
            {page.items.map((w) => {
              const title = w.title ?? t("watching.unavailable");
              return (
                <li key={w.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <div className="space-y-0.5">
                    <Badge>{t(`watching.targets.${w.target}`)}</Badge>{" "}
                    {w.href ? (
                      <Link href={w.href} className="text-brand-700 hover:underline">
                        {title}
                      </Link>
                    ) : (
                      <span className="text-slate-500">{title}</span>
                    )}
                    <p className="text-xs text-slate-500">
                      {t("watching.since")}: {format.dateTime(w.createdAt, { dateStyle: "medium" })}
                    </p>
                  </div>
                  <WatchButton
                    target={w.target}
                    targetKey={w.targetKey}
                    watching
                    label={t("watching.stopShort")}
                    unlabel={t("watching.stopShort")}
                    name={t("watching.stop", { title })}
                  />
                </li>
              );
            })}
          </ul>
        ) : (
          <EmptyState>{t("watching.empty")}</EmptyState>
        )}
        {page.nextCursor && (
          <Link
            className="mt-3 inline-block text-sm text-brand-700 hover:underline"
            href={`/notifications/watching?cursor=${page.nextCursor}`}
          >
            {t("watching.more")}
          </Link>
        )}
      </Card>
    </>
  );
}
