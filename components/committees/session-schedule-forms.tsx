"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit, SubmitButton, TextField } from "@/components/forms/fields";
import { rescheduleSessionAction, setSessionStatusAction } from "@/lib/committees/actions";

/** Move a planned session (time, zone, place) or rename it; the participants are told. */
export function RescheduleSessionForm({
  session,
}: {
  session: {
    id: string;
    version: number;
    title: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    place: string;
    onlineUrl: string;
  };
}) {
  const t = useTranslations("committees");
  return (
    <ActionForm
      id="reschedule-session"
      action={rescheduleSessionAction}
      label={t("reschedule")}
      successMessage={t("rescheduled")}
      resetOnSuccess={false}
      className="space-y-3"
    >
      <input type="hidden" name="sessionId" value={session.id} />
      <input type="hidden" name="version" value={session.version} />
      <TextField name="title" label={t("sessionTitle")} defaultValue={session.title} required />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="startsAt"
          type="datetime-local"
          label={t("startsAt")}
          defaultValue={session.startsAt}
          required
        />
        <TextField name="endsAt" type="datetime-local" label={t("endsAt")} defaultValue={session.endsAt} required />
      </div>
      <TextField
        name="timeZone"
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        defaultValue={session.timeZone}
        required
      />
      <TextField name="place" label={t("place")} defaultValue={session.place} />
      <TextField name="onlineUrl" type="url" label={t("onlineUrl")} defaultValue={session.onlineUrl} />
      <SubmitButton>{t("rescheduleButton")}</SubmitButton>
    </ActionForm>
  );
}

/** Cancels a planned session for good, once confirmed in a dialog. */
export function CancelSessionForm({ sessionId, version }: { sessionId: string; version: number }) {
  const t = useTranslations("committees");
  return (
    <ActionForm id="cancel-session" action={setSessionStatusAction} label={t("cancelSession")} className="space-y-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="status" value="CANCELLED" />
      <ConfirmSubmit trigger={t("cancelSession")} title={t("cancelSession")} confirmLabel={t("cancelSessionConfirm")}>
        <p>{t("cancelSessionHint")}</p>
      </ConfirmSubmit>
    </ActionForm>
  );
}
