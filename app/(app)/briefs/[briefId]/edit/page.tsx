import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge, TlpBadge } from "@/components/briefs/brief-badges";
import { BriefEditor } from "@/components/briefs/brief-editor";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { editorOptions } from "@/lib/briefs/editor-props";
import { getBrief } from "@/lib/briefs/service";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

export default async function EditBriefPage({ params }: { params: Promise<{ briefId: string }> }) {
  const user = await requireUser();
  const locale = await getLocale();
  const { briefId } = await params;
  const brief = await orNotFound(getBrief(user, briefId));
  // Someone who may read but not edit gets the same answer as for a brief they cannot see.
  if (!brief.can.edit) notFound();
  const options = await editorOptions(user, brief.workspaceId, locale);
  const t = await getTranslations("briefs");
  return (
    <>
      <PageHeader
        title={brief.status === "DRAFT" ? t("editDraft") : t("edit")}
        description={brief.title}
        actions={
          <div className="flex items-center gap-2">
            <TlpBadge distribution={brief.distribution} />
            <StatusBadge status={brief.status} />
            <Link href={`/briefs/${brief.id}`} className={buttonClass("secondary")}>
              {t("backToBrief")}
            </Link>
          </div>
        }
      />
      {brief.status === "DRAFT" && brief.can.submit && <p className="mb-4 text-sm text-slate-700">{t("draftNote")}</p>}
      {brief.status === "PUBLISHED" && !brief.can.widen && (
        <p className="mb-4 text-sm text-slate-600">{t("widenNeedsManager")}</p>
      )}
      <Card>
        <BriefEditor
          mode="edit"
          workspaceId={brief.workspaceId}
          briefId={brief.id}
          version={brief.version}
          status={brief.status}
          canSubmit={brief.can.submit}
          initial={{
            title: brief.title,
            summary: brief.summary,
            body: brief.body,
            category: brief.category,
            distribution: brief.distribution,
            countries: brief.countries.map((c) => c.countryCode),
            areas: brief.areas.map((a) => a.area.id),
            recipients: brief.recipients.map((r) => r.user.id),
            sources: brief.sources.map((s) => ({
              publisher: s.publisher,
              title: s.title,
              url: s.url,
              date: s.date ?? "",
            })),
          }}
          {...options}
        />
      </Card>
    </>
  );
}
