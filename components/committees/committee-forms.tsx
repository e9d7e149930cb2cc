"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { ActionFormView } from "@/components/forms/action-form-view";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { createSessionAction, proposeAgendaItemAction } from "@/lib/committees/actions";
import type { ActionState } from "@/lib/server/action";

const ZONES = [
  "Asia/Seoul",
  "Asia/Tokyo",
  "Asia/Shanghai",
  "America/New_York",
  "America/Los_Angeles",
  "Europe/Berlin",
  "Europe/London",
  "UTC",
];

export function SessionForm({ committeeId, defaultZone }: { committeeId: string; defaultZone: string }) {
  const t = useTranslations("committees");
  const router = useRouter();
  const [state, action, pending] = useActionState(createSessionAction, { status: "idle" } as ActionState<{
    id: string;
    href: string;
  }>);
  useEffect(() => {
    if (state.status === "ok") router.push(state.data.href);
  }, [state, router]);
  return (
    <ActionFormView
      id="session-form"
      state={state as ActionState<unknown>}
      action={action}
      pending={pending}
      label={t("planSession")}
      resetOnSuccess={false}
    >
      <input type="hidden" name="committeeId" value={committeeId} />
      <TextField name="title" label={t("sessionTitle")} required />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="startsAt" type="datetime-local" label={t("startsAt")} required />
        <TextField name="endsAt" type="datetime-local" label={t("endsAt")} required />
      </div>
      <TextField
        name="timeZone"
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        defaultValue={defaultZone}
        list="time-zones"
        required
      />
      <datalist id="time-zones">
        {ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <TextField name="place" label={t("place")} />
      <TextField name="onlineUrl" type="url" label={t("onlineUrl")} />
      <SubmitButton>{t("planButton")}</SubmitButton>
    </ActionFormView>
  );
}

export function ProposeItemForm({
  committeeId,
  sides,
  areas,
}: {
  committeeId: string;
  sides: { id: string; name: string }[];
  areas: { id: string; name: string }[];
}) {
  const t = useTranslations("committees");
  return (
    <ActionForm id="propose-item" action={proposeAgendaItemAction} label={t("propose")} successMessage={t("proposed")}>
      <input type="hidden" name="committeeId" value={committeeId} />
      <TextField name="title" label={t("itemTitle")} required />
      <TextAreaField name="description" label={t("itemDescription")} rows={3} />
      <SelectField
        name="proposingSideId"
        label={t("proposingSide")}
        options={[{ value: "", label: t("noSide") }, ...sides.map((s) => ({ value: s.id, label: s.name }))]}
      />
      <SelectField
        name="technologyAreaId"
        label={t("area")}
        options={[{ value: "", label: t("noArea") }, ...areas.map((a) => ({ value: a.id, label: a.name }))]}
      />
      <SubmitButton>{t("proposeButton")}</SubmitButton>
    </ActionForm>
  );
}
