"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
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
        <SubmitButton>{active ? t("replaceFeed") : t("createFeed")}</SubmitButton>
      </ActionForm>
      {active && (
        <ActionForm
          id="revoke-feed"
          action={revokeCalendarFeedAction}
          label={t("revokeFeed")}
          successMessage={t("feedRevoked")}
        >
          <SubmitButton variant="danger">{t("revokeFeed")}</SubmitButton>
        </ActionForm>
      )}
    </div>
  );
}
