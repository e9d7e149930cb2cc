import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityImportForm } from "@/components/cooperation/activity-form";
import { Card, PageHeader } from "@/components/ui/card";
import { IMPORT_COLUMNS } from "@/lib/cooperation/import";
import { recordingWorkspaces } from "@/lib/cooperation/service";
import { requireUser } from "@/lib/server/session";

export default async function ImportActivitiesPage() {
  const user = await requireUser();
  const [workspaces, t] = await Promise.all([recordingWorkspaces(user), getTranslations("cooperation")]);
  if (!workspaces.length) notFound();
  return (
    <>
      <PageHeader title={t("import")} description={t("importDescription")} />
      <Card>
        <p className="mb-2 text-sm text-slate-700">{t("importColumns")}</p>
        <pre className="mb-4 overflow-x-auto rounded bg-slate-50 p-3 text-xs">{`${IMPORT_COLUMNS.join(",")}
Shenzhen BioMed Co.,ENTERPRISE,Charité – Universitätsmedizin Berlin,UNIVERSITY,DE,MEDICINE_HEALTH,JOINT_RD;TALENT_EXCHANGE,2014-03-01,`}</pre>
        <ActivityImportForm workspaces={workspaces} />
      </Card>
    </>
  );
}
