"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import { unsubscribeAction } from "@/lib/notifications/actions";

export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations("notifications.unsubscribe");
  return (
    <ActionForm
      id="unsubscribe"
      action={unsubscribeAction}
      label={t("confirm")}
      successMessage={t("done")}
      resetOnSuccess={false}
    >
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t("confirm")}</SubmitButton>
    </ActionForm>
  );
}
