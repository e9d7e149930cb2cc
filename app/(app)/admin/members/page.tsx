import { getFormatter, getTranslations } from "next-intl/server";
import { InviteMemberForm, MemberControls, RevokeInvitationButton } from "@/components/admin/member-forms";
import { CopyLink } from "@/components/forms/copy-link";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { dateTimeOptions } from "@/components/ui/date-time";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filters";
import { MoreLink } from "@/components/ui/text-link";
import { memberFiltersSchema } from "@/lib/members/schemas";
import { listMembers, listPendingInvitations } from "@/lib/members/service";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

export default async function MembersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireUser();
  const filters = memberFiltersSchema.parse(await searchParams);
  const members = await orNotFound(listMembers(user, filters));
  const isAdmin = members.can.manage;
  const invitations = isAdmin ? await listPendingInvitations(user) : [];
  const t = await getTranslations("members");
  const tr = await getTranslations("roles");
  const format = await getFormatter();
  const query = new URLSearchParams(
    Object.entries({ q: filters.q, status: filters.status }).filter(([, v]) => v) as [string, string][],
  );
  return (
    <>
      <PageHeader title={t("title")} description={isAdmin ? t("adminDescription") : t("memberDescription")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("list")} className="lg:col-span-2">
          <FilterForm label={t("filter")} apply={t("apply")} search className="mb-4 flex flex-wrap items-end gap-2">
            <FilterInput name="q" label={t("search")} value={filters.q} />
            <FilterSelect
              name="status"
              label={t("status")}
              any={t("anyStatus")}
              value={filters.status}
              options={[
                { value: "ACTIVE", label: t("active") },
                { value: "DEACTIVATED", label: t("deactivated") },
              ]}
            />
          </FilterForm>
          {members.items.length === 0 ? (
            <EmptyState>{t("empty")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {members.items.map((m) => (
                <li key={m.id} className="flex flex-wrap items-start justify-between gap-3 py-3" aria-label={m.name}>
                  <div className="min-w-0">
                    <p className="font-medium">
                      {m.name} {m.id === user.id && <span className="text-xs text-slate-500">({t("you")})</span>}
                    </p>
                    <p className="text-sm text-slate-600">{m.email}</p>
                    <p className="mt-1 flex flex-wrap gap-1">
                      <Badge tone={m.institutionRole === "ADMIN" ? "blue" : "slate"}>{tr(m.institutionRole)}</Badge>
                      {m.status === "DEACTIVATED" ? (
                        <Badge tone="red">{t("deactivated")}</Badge>
                      ) : (
                        <Badge tone="green">{t("active")}</Badge>
                      )}
                    </p>
                    <p className="mt-1 text-xs text-slate-500">
                      {m.lastSignInAt
                        ? t("lastSignIn", {
                            when: format.dateTime(m.lastSignInAt, dateTimeOptions()),
                          })
                        : t("neverSignedIn")}
                    </p>
                  </div>
                  {isAdmin && m.id !== user.id && (
                    <MemberControls userId={m.id} name={m.name} role={m.institutionRole} status={m.status} />
                  )}
                </li>
              ))}
            </ul>
          )}
          {members.nextCursor && (
            <MoreLink href={`/admin/members?${query.toString() ? `${query}&` : ""}cursor=${members.nextCursor}`}>
              {t("more")}
            </MoreLink>
          )}
        </Card>
        {isAdmin && (
          <div className="space-y-6">
            <Card title={t("invite")}>
              <InviteMemberForm />
            </Card>
            <Card title={t("pending")}>
              {invitations.length === 0 ? (
                <EmptyState>{t("noPending")}</EmptyState>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm">
                  {invitations.map((inv) => (
                    <li key={inv.id} className="space-y-2 py-2" aria-label={inv.email}>
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <div className="min-w-0">
                          <p className="break-all font-medium">{inv.email}</p>
                          <p className="text-xs text-slate-500">
                            {inv.institutionRole ? tr(inv.institutionRole) : ""} ·{" "}
                            {t("expires", { when: format.dateTime(inv.expiresAt, { dateStyle: "medium" }) })}
                          </p>
                        </div>
                        <RevokeInvitationButton invitationId={inv.id} email={inv.email} />
                      </div>
                      {inv.link ? (
                        <CopyLink link={inv.link} label={t("invitationLink", { email: inv.email })} />
                      ) : (
                        <p className="text-xs text-slate-600">{t("invitationLinkUnavailable")}</p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </div>
        )}
      </div>
    </>
  );
}
