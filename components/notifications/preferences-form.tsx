"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import type { NotificationChannel, NotificationTopic } from "@/lib/generated/prisma/enums";
import { setPreferencesAction } from "@/lib/notifications/actions";
import { NOTIFICATION_CHANNELS, NOTIFICATION_TOPICS } from "@/lib/notifications/topics";

/** One labelled radio group per topic: how it reaches the person. */
export function PreferencesForm({ current }: { current: Record<NotificationTopic, NotificationChannel> }) {
  const t = useTranslations("notifications");
  return (
    <ActionForm
      id="notification-preferences"
      action={setPreferencesAction}
      label={t("preferences.title")}
      successMessage={t("preferences.saved")}
      resetOnSuccess={false}
      className="space-y-4"
    >
      {NOTIFICATION_TOPICS.map((topic) => (
        <fieldset
          key={topic}
          aria-describedby={`topic-${topic}-hint`}
          className="rounded-md border border-slate-200 p-3"
        >
          <legend className="px-1 text-sm font-medium text-slate-900">{t(`topics.${topic}.label`)}</legend>
          <p id={`topic-${topic}-hint`} className="mb-2 text-xs text-slate-500">
            {t(`topics.${topic}.hint`)}
          </p>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {NOTIFICATION_CHANNELS.map((channel) => (
              <label key={channel} className="inline-flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={topic}
                  value={channel}
                  defaultChecked={current[topic] === channel}
                  className="h-4 w-4 accent-brand-600"
                />
                {t(`channels.${channel}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <SubmitButton>{t("preferences.save")}</SubmitButton>
    </ActionForm>
  );
}
