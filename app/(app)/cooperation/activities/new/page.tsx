import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateActivityForm } from "@/components/cooperation/activity-form";
import { Card, PageHeader } from "@/components/ui/card";
import { recordingWorkspaces } from "@/lib/cooperation/service";
import { countryOptions } from "@/lib/reference/country-names";
import { requireUser } from "@/lib/server/session";

export default async function NewActivityPage() {
  const user = await requireUser();
  const [workspaces, t, locale] = await Promise.all([
    recordingWorkspaces(user),
    getTranslations("cooperation"),
    getLocale(),
  ]);
  if (!workspaces.length) notFound();
  return (
    <>
      <PageHeader title={t("record")} description={t("recordDescription")} />
      <Card>
        <CreateActivityForm workspaces={workspaces} countries={countryOptions(locale)} />
      </Card>
    </>
  );
}
