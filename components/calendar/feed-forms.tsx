"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit, SubmitButton } from "@/components/forms/fields";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "@/lib/calendar/actions";

export function CalendarFeedForms({ active }: { active: boolean }) {
  const t = useTranslations("calendar");
  return (
    <div className="space-y-3">
      <ActionForm
        id="create-feed"
        action={createCalendarFeedAction}
        label={t("createFeed")}
        successMessage={t("feedCreated")}
        linkLabel={t("feedAddress")}
      >
        {active ? (
          <ConfirmSubmit
            trigger={t("replaceFeed")}
            variant="primary"
            size="md"
            title={t("replaceConfirmTitle")}
            confirmLabel={t("replaceFeed")}
          >
            {t("replaceConfirmBody")}
          </ConfirmSubmit>
        ) : (
          <SubmitButton>{t("createFeed")}</SubmitButton>
        )}
      </ActionForm>
      {active && (
        <ActionForm
          id="revoke-feed"
          action={revokeCalendarFeedAction}
          label={t("revokeFeed")}
          successMessage={t("feedRevoked")}
        >
          <ConfirmSubmit
            trigger={t("revokeFeed")}
            size="md"
            title={t("revokeConfirmTitle")}
            confirmLabel={t("revokeFeed")}
          >
            {t("revokeConfirmBody")}
          </ConfirmSubmit>
        </ActionForm>
      )}
    </div>
  );
}
