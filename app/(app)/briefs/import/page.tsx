import { getTranslations } from "next-intl/server";
import { BriefImportForm } from "@/components/briefs/import-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { writableWorkspaces } from "@/lib/briefs/service";
import { requireUser } from "@/lib/server/session";

export default async function ImportBriefsPage() {
  const user = await requireUser();
  const workspaces = await writableWorkspaces(user);
  const t = await getTranslations("briefs");
  return (
    <>
      <PageHeader title={t("importTitle")} description={t("importDescription")} />
      {workspaces.length ? (
        <Card>
          <BriefImportForm workspaces={workspaces} />
        </Card>
      ) : (
        <EmptyState>{t("noWritableWorkspace")}</EmptyState>
      )}
    </>
  );
}
