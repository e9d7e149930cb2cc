import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getPreferences } from "@/lib/notifications/preferences";
import { requireUser } from "@/lib/server/session";

export default async function NotificationPreferencesPage() {
  const user = await requireUser();
  const [current, t] = await Promise.all([getPreferences(user), getTranslations("notifications")]);
  return (
    <>
      <PageHeader
        title={t("preferences.title")}
        description={t("preferences.description")}
        actions={
          <Link href="/notifications" className="text-sm text-brand-700 hover:underline">
            {t("title")}
          </Link>
        }
      />
      <Card>
        <PreferencesForm current={current} />
      </Card>
    </>
  );
}
