import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BulletinForm } from "@/components/bulletins/bulletin-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { briefFormOptions } from "@/lib/briefs/service";
import { bulletinCandidates, nextBulletinNumbers } from "@/lib/bulletins/service";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";
import { clock, isoDateOf } from "@/lib/time/clock";
import { getWorkspace } from "@/lib/workspaces/service";

export default async function NewBulletinPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const user = await requireUser();
  const { workspaceId } = await params;
  const workspace = await orNotFound(getWorkspace(user, workspaceId));
  if (!workspace.can.manageBulletins) notFound();
  const today = clock.now();
  const [candidates, options, numbers] = await Promise.all([
    bulletinCandidates(user, workspace.id),
    briefFormOptions(user, workspace.id),
    nextBulletinNumbers(workspace.id, today.getUTCFullYear()),
  ]);
  const t = await getTranslations("bulletins");
  return (
    <>
      <PageHeader title={t("new")} description={workspace.name} />
      <Card>
        {candidates.length ? (
          <BulletinForm
            workspaceId={workspace.id}
            defaults={{ year: today.getUTCFullYear(), ...numbers, issueDate: isoDateOf(today) }}
            members={options.members.map((m) => ({ id: m.id, name: m.name }))}
            candidates={candidates}
            myId={user.id}
          />
        ) : (
          <EmptyState>{t("noCandidates")}</EmptyState>
        )}
      </Card>
    </>
  );
}
