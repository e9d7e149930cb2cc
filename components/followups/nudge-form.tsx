"use client";
// "Nudge assignees" on a follow-up's page: asks first, then sends; a second nudge the same
// day is refused by the server with its reason.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit } from "@/components/forms/fields";
import { nudgeAssigneesAction } from "@/lib/followups/actions";

export function NudgeForm({ followUpId, assignees }: { followUpId: string; assignees: number }) {
  const t = useTranslations("chasers");
  return (
    <ActionForm
      id="nudge-assignees"
      action={nudgeAssigneesAction}
      label={t("nudge")}
      successMessage={t("nudged")}
      className="space-y-3"
    >
      <input type="hidden" name="followUpId" value={followUpId} />
      <p className="text-sm text-slate-600">{t("nudgeHint")}</p>
      <ConfirmSubmit
        trigger={t("nudge")}
        variant="secondary"
        size="md"
        title={t("nudgeTitle")}
        confirmLabel={t("nudgeSend")}
      >
        {t("nudgeBody", { count: assignees })}
      </ConfirmSubmit>
    </ActionForm>
  );
}
