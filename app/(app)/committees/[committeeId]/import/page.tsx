import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FollowUpImportForm } from "@/components/followups/import-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getCommittee } from "@/lib/committees/service";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

export default async function ImportFollowUpsPage({ params }: { params: Promise<{ committeeId: string }> }) {
  const user = await requireUser();
  const { committeeId } = await params;
  const committee = await orNotFound(getCommittee(user, committeeId));
  if (!committee.can.manageFollowUps) notFound();
  const t = await getTranslations("followUps");
  return (
    <>
      <PageHeader title={`${t("import")} · ${committee.name}`} description={t("importDescription")} />
      <Card>
        <FollowUpImportForm committeeId={committee.id} />
      </Card>
    </>
  );
}
