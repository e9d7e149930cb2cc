import { getLocale, getTranslations } from "next-intl/server";
import { CommitteeForm } from "@/components/committees/committee-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ChooseWorkspace } from "@/components/workspaces/choose-workspace";
import { managedWorkspaces, workspacePeople } from "@/lib/committees/form-options";
import { countryChoices } from "@/lib/reference/country-names";
import { requireUser } from "@/lib/server/session";

export default async function NewCommitteePage({ searchParams }: { searchParams: Promise<{ workspace?: string }> }) {
  const user = await requireUser();
  const locale = await getLocale();
  const t = await getTranslations("committees");
  const workspaces = await managedWorkspaces(user);
  const requested = (await searchParams).workspace;
  const workspace = workspaces.find((w) => w.id === requested) ?? (workspaces.length === 1 ? workspaces[0] : undefined);
  if (!workspaces.length) return <EmptyState>{t("empty")}</EmptyState>;
  if (!workspace) return <ChooseWorkspace title={t("create")} workspaces={workspaces} />;
  const people = await workspacePeople(user, workspace.id);
  return (
    <>
      <PageHeader title={t("create")} description={workspace.name} />
      <Card>
        <CommitteeForm
          workspaceId={workspace.id}
          countries={countryChoices(locale)}
          institutions={people.institutions}
          members={people.members}
        />
      </Card>
    </>
  );
}
