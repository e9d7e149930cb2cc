"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { saveMastheadAction } from "@/lib/bulletins/actions";

/** An editor sets the series name and the highlights ("本期要目"), one per line. */
export function MastheadForm({
  bulletinId,
  version,
  seriesName,
  highlights,
}: {
  bulletinId: string;
  version: number;
  seriesName: string;
  highlights: string[];
}) {
  const t = useTranslations("masthead");
  return (
    <ActionForm
      id="masthead-form"
      action={saveMastheadAction}
      label={t("title")}
      successMessage={t("saved")}
      resetOnSuccess={false}
      className="space-y-3"
    >
      <input type="hidden" name="bulletinId" value={bulletinId} />
      <input type="hidden" name="version" value={version} />
      <TextField name="seriesName" label={t("seriesName")} hint={t("seriesNameHint")} defaultValue={seriesName} />
      <TextAreaField
        name="highlights"
        label={t("highlights")}
        hint={t("highlightsHint")}
        defaultValue={highlights.join("\n")}
        rows={6}
      />
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </ActionForm>
  );
}
