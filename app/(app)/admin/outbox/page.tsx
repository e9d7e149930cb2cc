import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { listOutbox } from "@/lib/email/service";
import { orNotFound } from "@/lib/server/page";
import { cursorSchema } from "@/lib/server/pagination";
import { requireUser } from "@/lib/server/session";

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const user = await requireUser();
  const page = await orNotFound(listOutbox(user, cursorSchema.parse((await searchParams).cursor)));
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        {page.items.length ? (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("caption")}</caption>
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("created")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("to")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("subject")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("status")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {page.items.map((m) => (
                  <tr key={m.id} className="align-top">
                    <td className="py-2 pr-3 whitespace-nowrap">
                      {format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "short" })}
                    </td>
                    <td className="py-2 pr-3">{m.to}</td>
                    <td className="py-2 pr-3">
                      <details>
                        <summary className="cursor-pointer">{m.subject}</summary>
                        <pre className="mt-2 whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs">{m.text}</pre>
                      </details>
                    </td>
                    <td className="py-2">
                      {m.sentAt ? (
                        <Badge tone="green">
                          {t("sent", { date: format.dateTime(m.sentAt, { dateStyle: "short", timeStyle: "short" }) })}
                        </Badge>
                      ) : m.lastError ? (
                        <Badge tone="red">{t("failed", { count: m.attempts, error: m.lastError })}</Badge>
                      ) : (
                        <Badge>{t("pending")}</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState>{t("empty")}</EmptyState>
        )}
        {page.nextCursor && (
          <Link
            className="mt-3 inline-block text-sm text-brand-700 hover:underline"
            href={`/admin/outbox?cursor=${page.nextCursor}`}
          >
            {t("more")}
          </Link>
        )}
      </Card>
    </>
  );
}
