"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit } from "@/components/forms/fields";
import { endOtherSessionsAction, endSessionAction } from "@/lib/account/actions";

/** Ends one of the person's other sessions (the device there gets the sign-in page). */
export function EndSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  const t = useTranslations("account");
  return (
    <ActionForm id={`end-session-${sessionId}`} action={endSessionAction} label={t("endSessionOf", { device })}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <ConfirmSubmit
        trigger={t("endSession")}
        title={t("endSessionConfirmTitle", { device })}
        confirmLabel={t("endSession")}
      >
        {t("endSessionConfirmBody")}
      </ConfirmSubmit>
    </ActionForm>
  );
}

export function EndOtherSessionsButton() {
  const t = useTranslations("account");
  return (
    <ActionForm
      id="end-other-sessions"
      action={endOtherSessionsAction}
      label={t("endOthers")}
      successMessage={t("othersEnded")}
    >
      <ConfirmSubmit trigger={t("endOthers")} title={t("endOthersConfirmTitle")} confirmLabel={t("endOthers")}>
        {t("endOthersConfirmBody")}
      </ConfirmSubmit>
    </ActionForm>
  );
}
