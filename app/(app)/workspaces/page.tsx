import { getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { accountCan } from "@/lib/account/service";
import { requireUser } from "@/lib/server/session";
import { listMyWorkspaces } from "@/lib/workspaces/service";

export async function generateMetadata() {
  const t = await getTranslations("workspaces");
  return { title: t("title") };
}

export default async function WorkspacesPage() {
  const user = await requireUser();
  const t = await getTranslations("workspaces");
  const tr = await getTranslations("roles");
  const workspaces = await listMyWorkspaces(user);
  const canCreate = accountCan(user).createWorkspace;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("yours")} className="lg:col-span-2">
          {workspaces.length === 0 ? (
            <EmptyState>{t("empty")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {workspaces.map((w) => (
                <li key={w.id} className="py-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <TextLink href={`/workspaces/${w.id}`} className="font-medium">
                      {w.name}
                    </TextLink>
                    <Badge tone="blue">{tr(w.myRole)}</Badge>
                  </div>
                  {w.description && <p className="mt-1 line-clamp-2 text-sm text-slate-600">{w.description}</p>}
                  <p className="mt-1 text-xs text-slate-500">
                    {t("hostAndMembers", { host: w.hostInstitution.name, count: w._count.memberships })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {canCreate && (
          <Card title={t("create")}>
            <div id="create">
              <CreateWorkspaceForm />
            </div>
          </Card>
        )}
      </div>
    </>
  );
}
