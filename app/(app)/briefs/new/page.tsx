import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BriefEditor } from "@/components/briefs/brief-editor";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
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
  if (!workspace) {
    return (
      <>
        <PageHeader title={t("newBrief")} />
        <Card>
          <form method="get" className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="new-workspace" className="block text-sm font-medium">
                {t("workspace")}
              </label>
              <select
                id="new-workspace"
                name="workspace"
                className="rounded-md border border-slate-300 px-2 py-2 text-sm"
              >
                {workspaces.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("primary")}>
              {t("chooseWorkspace")}
            </button>
          </form>
        </Card>
      </>
    );
  }
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
