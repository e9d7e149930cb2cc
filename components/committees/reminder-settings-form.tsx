"use client";
// A committee's reminder settings (the chasers' days), for its managers.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { updateCommitteeRemindersAction } from "@/lib/committees/actions";

export function ReminderSettingsForm({
  committeeId,
  packDaysBefore,
  approvalReminderDays,
}: {
  committeeId: string;
  packDaysBefore: number;
  approvalReminderDays: number;
}) {
  const t = useTranslations("chasers");
  return (
    <ActionForm
      id="reminder-settings"
      action={updateCommitteeRemindersAction}
      label={t("settings")}
      successMessage={t("saved")}
      resetOnSuccess={false}
    >
      <p className="text-sm text-slate-600">{t("settingsIntro")}</p>
      <input type="hidden" name="committeeId" value={committeeId} />
      <TextField
        name="packDaysBefore"
        type="number"
        min={1}
        max={60}
        step={1}
        label={t("packDaysBefore")}
        hint={t("packDaysHint")}
        defaultValue={packDaysBefore}
      />
      <TextField
        name="approvalReminderDays"
        type="number"
        min={1}
        max={60}
        step={1}
        label={t("approvalReminderDays")}
        hint={t("approvalReminderHint")}
        defaultValue={approvalReminderDays}
      />
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </ActionForm>
  );
}
