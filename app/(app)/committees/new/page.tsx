import { getLocale, getTranslations } from "next-intl/server";
import { CommitteeForm } from "@/components/committees/committee-form";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { managedWorkspaces, workspacePeople } from "@/lib/committees/form-options";
import { countryChoices } from "@/lib/countries/names";
import { requireUser } from "@/lib/server/session";

export default async function NewCommitteePage({ searchParams }: { searchParams: Promise<{ workspace?: string }> }) {
  const user = await requireUser();
  const locale = await getLocale();
  const t = await getTranslations("committees");
  const tb = await getTranslations("briefs");
  const workspaces = await managedWorkspaces(user);
  const requested = (await searchParams).workspace;
  const workspace = workspaces.find((w) => w.id === requested) ?? (workspaces.length === 1 ? workspaces[0] : undefined);
  if (!workspaces.length) return <EmptyState>{t("empty")}</EmptyState>;
  if (!workspace) {
    return (
      <>
        <PageHeader title={t("create")} />
        <Card>
          <form method="get" className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="committee-workspace" className="block text-sm font-medium">
                {tb("workspace")}
              </label>
              <select
                id="committee-workspace"
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
              {tb("chooseWorkspace")}
            </button>
          </form>
        </Card>
      </>
    );
  }
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
