import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BriefEditor } from "@/components/briefs/brief-editor";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ChooseWorkspace } from "@/components/workspaces/choose-workspace";
import { editorOptions } from "@/lib/briefs/editor-props";
import { writableWorkspaces } from "@/lib/briefs/service";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

export default async function NewBriefPage({ searchParams }: { searchParams: Promise<{ workspace?: string }> }) {
  const user = await requireUser();
  const locale = await getLocale();
  const t = await getTranslations("briefs");
  const workspaces = await writableWorkspaces(user);
  const requested = (await searchParams).workspace;
  const workspace = workspaces.find((w) => w.id === requested) ?? (workspaces.length === 1 ? workspaces[0] : undefined);
  if (!workspaces.length) {
    return (
      <>
        <PageHeader title={t("newBrief")} />
        <EmptyState>{t("noWritableWorkspace")}</EmptyState>
      </>
    );
  }
  if (!workspace) return <ChooseWorkspace title={t("newBrief")} workspaces={workspaces} />;
  const options = await orNotFound(editorOptions(user, workspace.id, locale));
  return (
    <>
      <PageHeader
        title={t("newBrief")}
        description={`${t("workspace")}: ${workspace.name}`}
        actions={
          <Link href="/briefs" className={buttonClass("ghost")}>
            {t("title")}
          </Link>
        }
      />
      <Card>
        <BriefEditor
          mode="create"
          workspaceId={workspace.id}
          initial={{
            title: "",
            summary: "",
            body: "",
            category: "",
            distribution: "WORKSPACE",
            countries: [],
            areas: [],
            recipients: [],
            sources: [],
          }}
          {...options}
        />
      </Card>
    </>
  );
}
