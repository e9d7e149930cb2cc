"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextAreaField } from "@/components/forms/fields";
import { giveFeedbackAction } from "@/lib/committees/actions";

export function FeedbackForm({ agendaItemId }: { agendaItemId: string }) {
  const t = useTranslations("feedback");
  return (
    <ActionForm id="feedback-form" action={giveFeedbackAction} label={t("give")} successMessage={t("thanks")}>
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      <SelectField
        name="kind"
        label={t("kind")}
        options={(["SUPPORT", "CONCERN", "PROPOSAL"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <TextAreaField name="text" label={t("text")} rows={3} required />
      <TextAreaField name="evidence" label={t("evidence")} hint={t("evidenceHint")} rows={2} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
