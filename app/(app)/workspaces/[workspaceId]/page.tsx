import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { MoreLink } from "@/components/ui/text-link";
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
        <Link href={`/briefs?workspace=${workspace.id}`} className={buttonClass("secondary", "sm")}>
          {tl("briefs")}
        </Link>
        <Link href={`/workspaces/${workspace.id}/bulletins`} className={buttonClass("secondary", "sm")}>
          {tl("bulletins")}
        </Link>
        <Link href={`/workspaces/${workspace.id}/technology-areas`} className={buttonClass("secondary", "sm")}>
          {tl("technologyAreas")}
        </Link>
      </nav>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("members", { count: workspace._count.memberships })} className="lg:col-span-2">
          <Table
            caption={t("membersCaption")}
            columns={[
              t("person"),
              t("institution"),
              t("role"),
              ...(manager ? [{ label: t("actions"), srOnly: true }] : []),
            ]}
            empty={t("noMembers")}
          >
            {members.items.map((m) => (
              <tr key={m.id}>
                <Td>
                  <div className="font-medium">{m.user.name}</div>
                  <div className="text-xs text-slate-500">{m.user.email}</div>
                  {m.user.status !== "ACTIVE" && <Badge tone="red">{t("deactivated")}</Badge>}
                </Td>
                <Td>{m.user.institution?.shortName ?? "—"}</Td>
                <Td>
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
                </Td>
                {manager && (
                  <Td>
                    <RemoveWorkspaceMemberButton
                      workspaceId={workspace.id}
                      membershipId={m.id}
                      personName={m.user.name}
                    />
                  </Td>
                )}
              </tr>
            ))}
          </Table>
          {members.nextCursor && (
            <MoreLink href={`/workspaces/${workspace.id}?cursor=${members.nextCursor}`}>{t("more")}</MoreLink>
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
