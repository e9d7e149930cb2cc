import { getLocale, getTranslations } from "next-intl/server";
import { AddAreaForm, DeleteAreaButton, RenameAreaForm } from "@/components/taxonomy/area-forms";
import { Card, PageHeader } from "@/components/ui/card";
import { areaName } from "@/lib/reference/technology-areas";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";
import { listAreas } from "@/lib/taxonomy/service";
import { getWorkspace } from "@/lib/workspaces/service";

export default async function TechnologyAreasPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const user = await requireUser();
  const locale = await getLocale();
  const { workspaceId } = await params;
  const workspace = await orNotFound(getWorkspace(user, workspaceId));
  const areas = await listAreas(user, workspace.id);
  const manager = workspace.can.manageTaxonomy;
  const t = await getTranslations("taxonomy");
  return (
    <>
      <PageHeader title={`${t("title")} · ${workspace.name}`} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <ul className="divide-y divide-slate-100" aria-label={t("tableCaption")}>
            {areas.map((a) => {
              const tr = (a.translations ?? {}) as Record<string, string>;
              return (
                <li key={a.id} className="space-y-2 py-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p className="font-medium">
                      {areaName(a, locale)}{" "}
                      <span className="text-xs font-normal text-slate-500">
                        {t("key")}: {a.key} · {t("briefs", { count: a._count.briefs })}
                      </span>
                    </p>
                    {manager && a._count.briefs === 0 && (
                      <DeleteAreaButton workspaceId={workspace.id} areaId={a.id} name={a.name} />
                    )}
                  </div>
                  {manager && (
                    <RenameAreaForm
                      workspaceId={workspace.id}
                      area={{ id: a.id, name: a.name, zh: tr.zh ?? "", ko: tr.ko ?? "" }}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </Card>
        {manager && (
          <Card title={t("add")}>
            <AddAreaForm workspaceId={workspace.id} />
          </Card>
        )}
      </div>
    </>
  );
}
