"use client";
// Record or edit one cooperation activity.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { ActionFormView, useFormState } from "@/components/forms/action-form-view";
import { ConfirmSubmit, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { ImportForm } from "@/components/forms/import-form";
import { useServerMessage } from "@/components/forms/messages";
import {
  createActivityAction,
  deleteActivityAction,
  importActivitiesAction,
  updateActivityAction,
} from "@/lib/cooperation/actions";
import { FIELDS, MODES, ORGANISATION_TYPES, PARTNER_TYPES } from "@/lib/cooperation/schemas";
import type { ActionState } from "@/lib/server/action";

export interface ActivityValues {
  organisation: string;
  organisationType: string;
  partner: string;
  partnerType: string;
  partnerCountry: string;
  field: string;
  modes: string[];
  startDate: string;
  endDate: string;
}

function ModesField({ selected }: { selected?: string[] }) {
  const t = useTranslations("cooperation");
  const id = useId();
  const { state } = useFormState();
  const message = useServerMessage();
  const errors = state.status === "error" ? (state.fieldErrors.modes ?? []).map(message) : [];
  // React resets the form after a submission; the ticks live in state and the boxes are
  // re-created from it on each result, so a failed submission keeps what was ticked.
  const [chosen, setChosen] = useState<string[]>(selected ?? []);
  const key = state.status === "error" ? JSON.stringify(state.values) : state.status;
  return (
    <fieldset className="space-y-1" aria-describedby={errors.length ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t("modesField")}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {MODES.map((m) => (
          <label key={m} className="flex items-center gap-2 text-sm">
            <input
              key={key}
              type="checkbox"
              name="modes"
              value={m}
              defaultChecked={chosen.includes(m)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, m] : chosen.filter((x) => x !== m))}
            />
            {t(`modes.${m}`)}
          </label>
        ))}
      </div>
      {errors.map((e) => (
        <p key={e} id={`${id}-error`} className="text-sm text-red-700">
          {e}
        </p>
      ))}
    </fieldset>
  );
}

function ActivityFields({
  countries,
  values,
}: {
  countries: { code: string; name: string }[];
  values?: ActivityValues;
}) {
  const t = useTranslations("cooperation");
  const option = (group: string) => (v: string) => ({ value: v, label: t(`${group}.${v}`) });
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="organisation"
          label={t("organisation")}
          hint={t("organisationHint")}
          defaultValue={values?.organisation}
          required
        />
        <SelectField
          name="organisationType"
          label={t("organisationType")}
          defaultValue={values?.organisationType}
          options={ORGANISATION_TYPES.map(option("organisationTypes"))}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="partner" label={t("partner")} defaultValue={values?.partner} required />
        <SelectField
          name="partnerType"
          label={t("partnerType")}
          defaultValue={values?.partnerType}
          options={PARTNER_TYPES.map(option("partnerTypes"))}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="partnerCountry"
          label={t("partnerCountry")}
          defaultValue={values?.partnerCountry ?? ""}
          options={[{ value: "", label: "—" }, ...countries.map((c) => ({ value: c.code, label: c.name }))]}
          required
        />
        <SelectField
          name="field"
          label={t("field")}
          defaultValue={values?.field}
          options={FIELDS.map(option("fields"))}
        />
      </div>
      <ModesField selected={values?.modes} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="startDate" type="date" label={t("startDate")} defaultValue={values?.startDate} required />
        <TextField
          name="endDate"
          type="date"
          label={t("endDate")}
          hint={t("endDateHint")}
          defaultValue={values?.endDate}
        />
      </div>
    </>
  );
}

export function CreateActivityForm({
  workspaces,
  countries,
}: {
  workspaces: { id: string; name: string }[];
  countries: { code: string; name: string }[];
}) {
  const t = useTranslations("cooperation");
  const router = useRouter();
  const [state, action, pending] = useActionState(createActivityAction, { status: "idle" } as ActionState<{
    id: string;
    href: string;
  }>);
  useEffect(() => {
    if (state.status === "ok") router.push(state.data.href);
  }, [state, router]);
  return (
    <ActionFormView
      id="create-activity"
      state={state as ActionState<unknown>}
      action={action}
      pending={pending}
      label={t("record")}
      resetOnSuccess={false}
    >
      <SelectField
        name="workspaceId"
        label={t("workspace")}
        options={workspaces.map((w) => ({ value: w.id, label: w.name }))}
      />
      <ActivityFields countries={countries} />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionFormView>
  );
}

export function EditActivityForm({
  activityId,
  version,
  countries,
  values,
}: {
  activityId: string;
  version: number;
  countries: { code: string; name: string }[];
  values: ActivityValues;
}) {
  const t = useTranslations("cooperation");
  return (
    <ActionForm
      id="edit-activity"
      action={updateActivityAction}
      label={t("edit")}
      successMessage={t("saved")}
      resetOnSuccess={false}
    >
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="version" value={version} />
      <ActivityFields countries={countries} values={values} />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}

export function DeleteActivityForm({ activityId, version }: { activityId: string; version: number }) {
  const t = useTranslations("cooperation");
  return (
    <ActionForm id="delete-activity" action={deleteActivityAction} label={t("delete")}>
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="version" value={version} />
      <ConfirmSubmit trigger={t("delete")} size="md" title={t("deleteConfirmTitle")} confirmLabel={t("delete")}>
        {t("deleteConfirmBody")}
      </ConfirmSubmit>
    </ActionForm>
  );
}

export function ActivityImportForm({ workspaces }: { workspaces: { id: string; name: string }[] }) {
  const t = useTranslations("cooperation");
  return (
    <ImportForm
      action={importActivitiesAction}
      label={t("import")}
      fileLabel={t("importFile")}
      accept=".csv,text/csv"
      detailLabel={t("importDetail")}
    >
      <SelectField
        name="workspaceId"
        label={t("workspace")}
        options={workspaces.map((w) => ({ value: w.id, label: w.name }))}
      />
    </ImportForm>
  );
}
