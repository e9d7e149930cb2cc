"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit, SubmitButton, TextAreaField } from "@/components/forms/fields";
import {
  amendMinutesAction,
  approveMinutesAction,
  saveMinutesAction,
  setMinutesStatusAction,
  startMinutesAction,
} from "@/lib/committees/actions";

type Ids = { sessionId: string; minutesId: string; lockVersion: number };

function Hidden({ sessionId, minutesId, lockVersion }: Partial<Ids>) {
  return (
    <>
      {sessionId && <input type="hidden" name="sessionId" value={sessionId} />}
      {minutesId && <input type="hidden" name="minutesId" value={minutesId} />}
      {lockVersion !== undefined && <input type="hidden" name="lockVersion" value={lockVersion} />}
    </>
  );
}

export function StartMinutesButton({ sessionId }: { sessionId: string }) {
  const t = useTranslations("minutes");
  return (
    <ActionForm id="start-minutes" action={startMinutesAction} label={t("start")}>
      <Hidden sessionId={sessionId} />
      <SubmitButton>{t("start")}</SubmitButton>
    </ActionForm>
  );
}

export function MinutesEditor({ text, ...ids }: Ids & { text: string }) {
  const t = useTranslations("minutes");
  return (
    <ActionForm
      id="minutes-editor"
      action={saveMinutesAction}
      label={t("edit")}
      successMessage={t("saved")}
      resetOnSuccess={false}
      className="space-y-2"
    >
      <Hidden {...ids} />
      <TextAreaField name="text" label={t("text")} hint={t("textHint")} defaultValue={text} rows={10} />
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </ActionForm>
  );
}

export function MinutesStatusButton({
  status,
  label,
  ...ids
}: Ids & { status: "CIRCULATED" | "DRAFT"; label: string }) {
  return (
    <ActionForm id={`minutes-${status}`} action={setMinutesStatusAction} label={label} className="inline-block">
      <Hidden {...ids} />
      <input type="hidden" name="status" value={status} />
      <SubmitButton variant={status === "DRAFT" ? "secondary" : "primary"}>{label}</SubmitButton>
    </ActionForm>
  );
}

export function ApproveMinutesButton({
  sessionId,
  minutesId,
  label,
}: {
  sessionId: string;
  minutesId: string;
  label: string;
}) {
  const t = useTranslations("minutes");
  return (
    <ActionForm id="approve-minutes" action={approveMinutesAction} label={label} className="inline-block">
      <Hidden sessionId={sessionId} minutesId={minutesId} />
      <ConfirmSubmit trigger={label} variant="primary" size="md" title={t("approveConfirmTitle")} confirmLabel={label}>
        {t("approveConfirmBody")}
      </ConfirmSubmit>
    </ActionForm>
  );
}

export function AmendMinutesButton({ sessionId, minutesId }: { sessionId: string; minutesId: string }) {
  const t = useTranslations("minutes");
  return (
    <ActionForm id="amend-minutes" action={amendMinutesAction} label={t("amend")} className="inline-block">
      <Hidden sessionId={sessionId} minutesId={minutesId} />
      <SubmitButton variant="secondary">{t("amend")}</SubmitButton>
    </ActionForm>
  );
}
