"use client";
// The public consultation form (no account): organisation, sector, position, text, evidence
// links and an optional file. Shows the saved answer and keeps working until the deadline.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { submitAnswerAction } from "@/lib/consultations/actions";
import { ANSWER_TEXT_MAX, POSITIONS } from "@/lib/consultations/limits";

export interface SavedAnswer {
  organisation: string;
  sector: string;
  position: string;
  text: string;
  evidence: string[];
  fileName: string | null;
  version: number;
}

export function ConsultForm({ token, answer }: { token: string; answer: SavedAnswer | null }) {
  const t = useTranslations("consultations.form");
  const tk = useTranslations("feedback");
  return (
    <ActionForm
      id="consult-form"
      action={submitAnswerAction}
      label={t("heading")}
      successMessage={t("saved")}
      resetOnSuccess={false}
    >
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="version" value={answer ? String(answer.version) : ""} />
      <TextField
        name="organisation"
        label={t("organisation")}
        defaultValue={answer?.organisation}
        maxLength={200}
        required
      />
      <TextField
        name="sector"
        label={t("sector")}
        hint={t("sectorHint")}
        defaultValue={answer?.sector}
        maxLength={100}
        required
      />
      <SelectField
        name="position"
        label={t("position")}
        defaultValue={answer?.position ?? ""}
        options={[{ value: "", label: "—" }, ...POSITIONS.map((p) => ({ value: p, label: tk(`kinds.${p}`) }))]}
        required
      />
      <TextAreaField
        name="text"
        label={t("text")}
        hint={t("textHint", { max: ANSWER_TEXT_MAX })}
        defaultValue={answer?.text}
        rows={8}
        maxLength={ANSWER_TEXT_MAX}
        required
      />
      <TextAreaField
        name="evidence"
        label={t("evidence")}
        hint={t("evidenceHint")}
        defaultValue={answer?.evidence.join("\n")}
        rows={3}
      />
      <TextField
        name="file"
        type="file"
        label={t("file")}
        hint={answer?.fileName ? `${t("fileHint")} ${t("savedFile", { name: answer.fileName })}` : t("fileHint")}
        accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
      />
      <SubmitButton>{answer ? t("update") : t("submit")}</SubmitButton>
    </ActionForm>
  );
}
