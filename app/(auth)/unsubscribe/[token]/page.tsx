import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UnsubscribeForm } from "@/components/notifications/unsubscribe-form";
import { inspectUnsubscribe } from "@/lib/notifications/unsubscribe";

// Opened from an email's unsubscribe link: says what will stop and asks for one click (a
// visit alone changes nothing, since mail scanners open links).
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectUnsubscribe(token);
  const t = await getTranslations("notifications");
  if (!link) {
    return (
      <>
        <h1 className="mb-2 text-2xl font-semibold">{t("unsubscribe.title")}</h1>
        <p className="mb-4 text-sm text-slate-600">{t("unsubscribe.invalid")}</p>
        <Link href="/notifications/preferences" className="text-sm text-brand-700 hover:underline">
          {t("unsubscribe.settings")}
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("unsubscribe.title")}</h1>
      <p className="mb-6 text-sm text-slate-600">
        {link.scope === "DIGEST"
          ? t("unsubscribe.digest", { email: link.email })
          : t("unsubscribe.topic", { email: link.email, topic: t(`topics.${link.scope}.label`) })}
      </p>
      <UnsubscribeForm token={token} />
      <p className="mt-6 text-sm">
        <Link href="/notifications/preferences" className="text-brand-700 hover:underline">
          {t("unsubscribe.settings")}
        </Link>
      </p>
    </>
  );
}
