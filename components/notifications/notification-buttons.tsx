"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";

export function MarkReadButton({ notificationId, title }: { notificationId: string; title: string }) {
  const t = useTranslations("notifications");
  return (
    <ActionForm
      id={`read-${notificationId}`}
      action={markNotificationReadAction}
      label={`${t("markRead")}: ${title}`}
      className="inline"
    >
      <input type="hidden" name="notificationId" value={notificationId} />
      <SubmitButton variant="ghost" size="sm" aria-label={`${t("markRead")}: ${title}`}>
        {t("markRead")}
      </SubmitButton>
    </ActionForm>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  return (
    <ActionForm id="read-all" action={markAllNotificationsReadAction} label={t("markAllRead")} className="inline">
      <SubmitButton variant="secondary" size="sm">
        {t("markAllRead")}
      </SubmitButton>
    </ActionForm>
  );
}
