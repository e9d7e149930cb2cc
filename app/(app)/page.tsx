import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AdminSections, ManagerSections, StaffSections } from "@/components/home/sections";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { getOwnInstitution } from "@/lib/institutions/service";
import { countryName } from "@/lib/reference/country-names";
import { requireUser } from "@/lib/server/session";
import { listMyWorkspaces } from "@/lib/workspaces/service";

export default async function HomePage() {
  const user = await requireUser();
  const t = await getTranslations("home");
  const tr = await getTranslations("roles");
  const [workspaces, institution] = await Promise.all([listMyWorkspaces(user), getOwnInstitution(user)]);
  return (
    <>
      <PageHeader
        title={t("title", { name: user.name })}
        description={
          institution
            ? `${institution.name} · ${countryName(institution.countryCode, user.locale)}`
            : t("operatorIntro")
        }
      />
      {/* Each section streams in on its own, so the page shows at once. */}
      <div className="mb-8 space-y-8">
        {workspaces.length > 0 && (
          <>
            <Suspense fallback={<p className="text-sm text-slate-500">{t("loading")}</p>}>
              <ManagerSections user={user} />
            </Suspense>
            <Suspense fallback={<p className="text-sm text-slate-500">{t("loading")}</p>}>
              <StaffSections user={user} />
            </Suspense>
          </>
        )}
        <Suspense fallback={<p className="text-sm text-slate-500">{t("loading")}</p>}>
          <AdminSections user={user} />
        </Suspense>
      </div>
      <Card
        title={t("yourWorkspaces")}
        actions={
          user.institutionId ? (
            <Link href="/workspaces#create" className={buttonClass("secondary", "sm")}>
              {t("createWorkspace")}
            </Link>
          ) : null
        }
      >
        {workspaces.length === 0 ? (
          <EmptyState>{user.institutionId ? t("noWorkspaces") : t("operatorNoWorkspaces")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {workspaces.map((w) => (
              <li key={w.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0">
                  <TextLink href={`/workspaces/${w.id}`} className="font-medium">
                    {w.name}
                  </TextLink>
                  <p className="text-sm text-slate-600">
                    {t("hostedBy", { host: w.hostInstitution.shortName, count: w._count.memberships })}
                  </p>
                </div>
                <Badge tone="blue">{tr(w.myRole)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
