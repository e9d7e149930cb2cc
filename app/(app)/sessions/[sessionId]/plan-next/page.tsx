// "Plan the next session" from a held session (issue 12, item 3): managers only.
import { getTranslations } from "next-intl/server";
import { PlanNextForm } from "@/components/series/plan-next-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { planNextDraft } from "@/lib/committees/series";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

export default async function PlanNextPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const user = await requireUser();
  const { sessionId } = await params;
  const draft = await orNotFound(planNextDraft(user, sessionId));
  const t = await getTranslations("series");
  const { held, planned, proposal } = draft;
  return (
    <>
      <PageHeader
        title={t("planNext")}
        description={t("planFrom", { title: held.title, committee: held.committeeName })}
        actions={<TextLink href={`/sessions/${held.id}`}>{t("backToHeld")}</TextLink>}
      />
      {held.status !== "HELD" ? (
        <EmptyState>{t("notHeld")}</EmptyState>
      ) : planned ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t("alreadyPlanned")} <TextLink href={`/sessions/${planned.id}`}>{planned.title}</TextLink>
        </p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-3">
          <Card title={t("newSession")} className="lg:col-span-2">
            <p className="mb-4 text-sm text-slate-600">
              {t(held.cadence === "NONE" ? "proposedNoCadence" : "proposedFromCadence", {
                cadence: t(`cadences.${held.cadence}`),
              })}
            </p>
            <PlanNextForm
              heldSessionId={held.id}
              proposal={{ ...proposal, title: proposal.title ?? t("defaultTitle", { committee: held.committeeName }) }}
            />
          </Card>
          <Card title={t("agendaPreview")}>
            <p className="mb-2 text-xs text-slate-500">{t("agendaPreviewHint")}</p>
            {draft.standing.length + draft.carried.length ? (
              <ol className="list-decimal space-y-1 pl-5 text-sm">
                {draft.standing
                  .filter((s) => !s.closing)
                  .map((s) => (
                    <li key={s.id}>{s.title}</li>
                  ))}
                {draft.carried.map((i) => (
                  <li key={i.id}>{i.title}</li>
                ))}
                {draft.standing
                  .filter((s) => s.closing)
                  .map((s) => (
                    <li key={s.id}>{s.title}</li>
                  ))}
              </ol>
            ) : (
              <EmptyState>{t("agendaPreviewEmpty")}</EmptyState>
            )}
            <p className="mt-3 text-sm text-slate-600">{t("delegationsCopied", { count: draft.delegates })}</p>
            <p className="mt-3 text-xs text-slate-500">
              <TextLink href={`/committees/${held.committeeId}`}>{t("editTemplate")}</TextLink>
            </p>
          </Card>
        </div>
      )}
    </>
  );
}
