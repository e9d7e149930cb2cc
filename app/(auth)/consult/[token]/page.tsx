import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ConsultForm } from "@/components/consultations/consult-form";
import { translatorFor } from "@/i18n/translator";
import { formatDeadline } from "@/lib/consultations/email";
import { viewConsultationLink } from "@/lib/consultations/public";
import { clientIpFrom } from "@/lib/server/request";

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

// A stakeholder's single-person link (no account): the question, the agenda item's title and
// the deadline, in the invitee's language, and the form with the saved answer. An unknown,
// withdrawn or expired link is a 404 page saying so (./not-found.tsx).
export default async function ConsultPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const h = await headers();
  const view = await viewConsultationLink(
    token,
    clientIpFrom((name) => h.get(name)),
  );
  if (view.status === "rate_limited") {
    const t = await getTranslations("errors");
    return (
      <p role="alert" className="text-sm text-red-800">
        {t("rate_limited")}
      </p>
    );
  }
  if (view.status !== "valid") notFound();
  const { link } = view;
  const locale = link.locale;
  // The invitee's language, whatever the browser asks for (the request config follows the
  // reader, not the link).
  const t = await translatorFor(locale, "consultations.form");
  const messages = (await import(`@/messages/${locale}.json`)).default;
  const when = (d: Date) => formatDeadline(d, link.timeZone, locale);
  return (
    <div lang={locale === "zh" ? "zh-Hans" : locale}>
      <h1 className="mb-4 text-2xl font-semibold">{t("heading")}</h1>
      <dl className="mb-6 space-y-3 text-sm">
        <div>
          <dt className="font-medium text-slate-600">{t("item")}</dt>
          <dd className="text-slate-900">{link.title}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600">{t("question")}</dt>
          <dd className="whitespace-pre-wrap text-slate-900">{link.question}</dd>
        </div>
      </dl>
      <p className="mb-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {t("deadline", { when: when(link.deadline) })}
      </p>
      {link.answer && (
        <p className="mb-2 text-sm text-slate-600">{t("savedAt", { when: when(link.answer.updatedAt) })}</p>
      )}
      <p className="mb-6 text-xs text-slate-500">{t("privacy")}</p>
      <NextIntlClientProvider locale={locale} messages={messages}>
        <ConsultForm token={token} answer={link.answer} />
      </NextIntlClientProvider>
    </div>
  );
}
