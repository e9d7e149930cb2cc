"use client";
// The account page's time zone: a searchable list of every IANA zone. Every page shows
// date-times in the saved zone, so the whole view is refreshed once it is saved.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ActionFormView } from "@/components/forms/action-form-view";
import { SearchSelectField, SubmitButton } from "@/components/forms/fields";
import type { SearchableOption } from "@/components/ui/option-search";
import { setTimeZoneAction } from "@/lib/account/actions";
import type { ActionState } from "@/lib/server/action";

export function TimeZoneForm({ zones, current }: { zones: SearchableOption[]; current: string | null }) {
  const t = useTranslations("timeZones");
  const router = useRouter();
  const [state, action, pending] = useActionState(setTimeZoneAction, { status: "idle" } as ActionState<{
    timeZone: string;
  }>);
  useEffect(() => {
    if (state.status === "ok") router.refresh();
  }, [state, router]);
  return (
    <ActionFormView
      id="time-zone"
      state={state as ActionState<unknown>}
      action={action}
      pending={pending}
      label={t("title")}
      successMessage={t("saved")}
      resetOnSuccess={false}
    >
      <SearchSelectField
        name="timeZone"
        label={t("field")}
        hint={t("fieldHint")}
        options={zones}
        defaultValue={current}
      />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionFormView>
  );
}
