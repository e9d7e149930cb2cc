"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId } from "react";
import { ActionFormView, useFormState } from "@/components/forms/action-form-view";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { useServerMessage } from "@/components/forms/messages";
import { createCommitteeAction } from "@/lib/committees/actions";
import { COMMITTEE_KINDS } from "@/lib/committees/schemas";
import type { ActionState } from "@/lib/server/action";

const control = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** A labelled multiple select that shows its field errors (from the form's state). */
export function MultiSelect({
  name,
  label,
  hint,
  options,
  size = 4,
  selected,
}: {
  name: string;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  size?: number;
  selected?: string[];
}) {
  const id = useId();
  const { state } = useFormState();
  const message = useServerMessage();
  const errors = state.status === "error" ? (state.fieldErrors[name] ?? []).map(message) : [];
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        multiple
        size={size}
        defaultValue={selected}
        className={control}
        aria-invalid={errors.length > 0}
        aria-describedby={
          [hint ? `${id}-hint` : "", errors.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined
        }
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errors.map((e) => (
        <p key={e} id={`${id}-error`} className="text-sm text-red-700">
          {e}
        </p>
      ))}
    </div>
  );
}

export function CommitteeForm({
  workspaceId,
  countries,
  institutions,
  members,
}: {
  workspaceId: string;
  countries: { code: string; name: string }[];
  institutions: { id: string; shortName: string }[];
  members: { id: string; name: string }[];
}) {
  const t = useTranslations("committees");
  const router = useRouter();
  const [state, action, pending] = useActionState(createCommitteeAction, { status: "idle" } as ActionState<{
    id: string;
    href: string;
  }>);
  useEffect(() => {
    if (state.status === "ok") router.push(state.data.href);
  }, [state, router]);
  return (
    <ActionFormView
      id="committee-form"
      state={state as ActionState<unknown>}
      action={action}
      pending={pending}
      label={t("create")}
      resetOnSuccess={false}
    >
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <TextField name="name" label={t("name")} required />
      <SelectField
        name="kind"
        label={t("kind")}
        options={COMMITTEE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <TextAreaField name="description" label={t("descriptionField")} rows={3} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="agreementTitle" label={t("agreementTitle")} />
        <TextField name="agreementDate" type="date" label={t("agreementDate")} />
      </div>
      <MultiSelect
        name="countries"
        label={t("countries")}
        hint={t("countriesHint")}
        size={6}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      {[1, 2, 3].map((n) => (
        <fieldset key={n} className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t("side", { n })}</legend>
          <TextField
            name={`side${n}Name`}
            label={t("sideName", { n })}
            hint={n === 3 ? t("sideNameHint") : undefined}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <MultiSelect
              name={`side${n}Institutions`}
              label={t("sideInstitutions", { n })}
              options={institutions.map((i) => ({ value: i.id, label: i.shortName }))}
            />
            <MultiSelect
              name={`side${n}CoChairs`}
              label={t("sideCoChairs", { n })}
              options={members.map((m) => ({ value: m.id, label: m.name }))}
            />
          </div>
        </fieldset>
      ))}
      <SubmitButton>{t("createButton")}</SubmitButton>
    </ActionFormView>
  );
}
