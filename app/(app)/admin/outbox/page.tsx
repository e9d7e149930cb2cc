import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { DateTime, dateTimeOptions } from "@/components/ui/date-time";
import { Table, Td } from "@/components/ui/table";
import { MoreLink, TextLink } from "@/components/ui/text-link";
import { listOutbox } from "@/lib/email/service";
import { orNotFound } from "@/lib/server/page";
import { cursorSchema } from "@/lib/server/pagination";
import { requireUser } from "@/lib/server/session";

/** The method of the calendar invitation an email carries (REQUEST or CANCEL), or null. */
const invitationMethod = (calendar: unknown) =>
  calendar && typeof calendar === "object" && "method" in calendar ? String(calendar.method) : null;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const user = await requireUser();
  const page = await orNotFound(listOutbox(user, cursorSchema.parse((await searchParams).cursor)));
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <Table caption={t("caption")} columns={[t("created"), t("to"), t("subject"), t("status")]} empty={t("empty")}>
          {page.items.map((m) => (
            <tr key={m.id}>
              <Td nowrap>
                <DateTime value={m.createdAt} />
              </Td>
              <Td>{m.to}</Td>
              <Td>
                <TextLink href={`/admin/outbox/${m.id}`}>{m.subject}</TextLink>
                <details>
                  <summary className="cursor-pointer text-xs text-slate-600">{t("textPart")}</summary>
                  <pre className="mt-2 whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs">{m.text}</pre>
                </details>
                {invitationMethod(m.calendar) && (
                  <Badge tone="blue">{t("invitation", { method: invitationMethod(m.calendar) ?? "" })}</Badge>
                )}
              </Td>
              <Td>
                {m.sentAt ? (
                  <Badge tone="green">{t("sent", { date: format.dateTime(m.sentAt, dateTimeOptions()) })}</Badge>
                ) : m.lastError ? (
                  <Badge tone="red">{t("failed", { count: m.attempts, error: m.lastError })}</Badge>
                ) : (
                  <Badge>{t("pending")}</Badge>
                )}
              </Td>
            </tr>
          ))}
        </Table>
        {page.nextCursor && <MoreLink href={`/admin/outbox?cursor=${page.nextCursor}`}>{t("more")}</MoreLink>}
      </Card>
    </>
  );
}
