import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { TextLink } from "@/components/ui/text-link";
import { getOutboxEmail } from "@/lib/email/service";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

// One queued email as its recipient will see it: the HTML part rendered in a sandboxed frame
// (no scripts, no same-origin access), the text part and the extra headers.
export default async function OutboxEmailPage({ params }: { params: Promise<{ emailId: string }> }) {
  const user = await requireUser();
  const { emailId } = await params;
  const email = await orNotFound(getOutboxEmail(user, emailId));
  const t = await getTranslations("outbox");
  const headers = Object.entries((email.headers ?? {}) as Record<string, string>);
  return (
    <>
      <PageHeader title={email.subject} description={t("emailTo", { to: email.to })} />
      <p className="mb-4 text-sm">
        <TextLink href="/admin/outbox">{t("back")}</TextLink> · {t("created")}: <DateTime value={email.createdAt} />
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 font-semibold">{t("htmlPart")}</h2>
          {email.html ? (
            <iframe
              title={t("htmlPreview", { subject: email.subject })}
              sandbox=""
              srcDoc={email.html}
              className="h-[32rem] w-full rounded border border-slate-200 bg-white"
            />
          ) : (
            <p className="text-sm text-slate-600">{t("textOnly")}</p>
          )}
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("textPart")}</h2>
          <pre className="whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs">{email.text}</pre>
          {headers.length > 0 && (
            <>
              <h2 className="mt-4 mb-2 font-semibold">{t("headers")}</h2>
              <dl className="text-xs">
                {headers.map(([name, value]) => (
                  <div key={name} className="break-all">
                    <dt className="inline font-semibold">{name}: </dt>
                    <dd className="inline">{value}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
        </Card>
      </div>
    </>
  );
}
