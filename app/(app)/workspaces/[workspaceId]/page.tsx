import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import {
  AddWorkspaceMemberForm,
  RemoveWorkspaceMemberButton,
  WorkspaceRoleControl,
} from "@/components/workspaces/workspace-member-forms";
import { countryName } from "@/lib/reference/country-names";
import { orNotFound } from "@/lib/server/page";
import { cursorSchema } from "@/lib/server/pagination";
import { requireUser } from "@/lib/server/session";
import { getWorkspace, listWorkspaceMembers } from "@/lib/workspaces/service";

export default async function WorkspacePage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string }>;
  searchParams: Promise<{ cursor?: string }>;
}) {
  const user = await requireUser();
  const { workspaceId } = await params;
  const cursor = cursorSchema.parse((await searchParams).cursor);
  const workspace = await orNotFound(getWorkspace(user, workspaceId));
  const members = await listWorkspaceMembers(user, workspace.id, cursor);
  const t = await getTranslations("workspace");
  const tr = await getTranslations("roles");
  const tl = await getTranslations("workspaceLinks");
  const manager = workspace.can.manageMembers;
  return (
    <>
      <PageHeader
        title={workspace.name}
        description={workspace.description}
        actions={<Badge tone="blue">{t("yourRole", { role: tr(workspace.myRole) })}</Badge>}
      />
      <p className="-mt-4 mb-3 text-sm text-slate-600">
        {t("hostedBy", {
          host: workspace.hostInstitution.name,
          country: countryName(workspace.hostInstitution.countryCode, user.locale),
        })}
      </p>
      <nav aria-label={workspace.name} className="mb-6 flex flex-wrap gap-2 text-sm">
        <Link
          href={`/briefs?workspace=${workspace.id}`}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100"
        >
          {tl("briefs")}
        </Link>
        <Link
          href={`/workspaces/${workspace.id}/bulletins`}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100"
        >
          {tl("bulletins")}
        </Link>
        <Link
          href={`/workspaces/${workspace.id}/technology-areas`}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100"
        >
          {tl("technologyAreas")}
        </Link>
      </nav>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("members", { count: workspace._count.memberships })} className="lg:col-span-2">
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("membersCaption")}</caption>
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("person")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("institution")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("role")}
                  </th>
                  {manager && (
                    <th scope="col" className="py-2">
                      <span className="sr-only">{t("actions")}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {members.items.map((m) => (
                  <tr key={m.id}>
                    <td className="py-2 pr-3">
                      <div className="font-medium">{m.user.name}</div>
                      <div className="text-xs text-slate-500">{m.user.email}</div>
                      {m.user.status !== "ACTIVE" && <Badge tone="red">{t("deactivated")}</Badge>}
                    </td>
                    <td className="py-2 pr-3">{m.user.institution?.shortName ?? "—"}</td>
                    <td className="py-2 pr-3">
                      {manager ? (
                        <WorkspaceRoleControl
                          workspaceId={workspace.id}
                          membershipId={m.id}
                          role={m.role}
                          personName={m.user.name}
                        />
                      ) : (
                        tr(m.role)
                      )}
                    </td>
                    {manager && (
                      <td className="py-2">
                        <RemoveWorkspaceMemberButton
                          workspaceId={workspace.id}
                          membershipId={m.id}
                          personName={m.user.name}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {members.nextCursor && (
            <Link
              className="mt-3 inline-block text-sm text-brand-700 hover:underline"
              href={`/workspaces/${workspace.id}?cursor=${members.nextCursor}`}
            >
              {t("more")}
            </Link>
          )}
        </Card>
        {manager && (
          <Card title={t("addMember")}>
            <AddWorkspaceMemberForm workspaceId={workspace.id} />
          </Card>
        )}
      </div>
    </>
  );
}
