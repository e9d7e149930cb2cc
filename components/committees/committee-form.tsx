"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ActionFormView } from "@/components/forms/action-form-view";
import { MultiSelectField, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import type { SearchableOption } from "@/components/ui/option-search";
import { createCommitteeAction } from "@/lib/committees/actions";
import { COMMITTEE_KINDS } from "@/lib/committees/schemas";
import type { ActionState } from "@/lib/server/action";

export function CommitteeForm({
  workspaceId,
  countries,
  institutions,
  members,
}: {
  workspaceId: string;
  /** Countries with the names they are searched by (countryChoices). */
  countries: SearchableOption[];
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
      <MultiSelectField name="countries" label={t("countries")} hint={t("countriesHint")} options={countries} />
      {[1, 2, 3].map((n) => (
        <fieldset key={n} className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t("side", { n })}</legend>
          <TextField
            name={`side${n}Name`}
            label={t("sideName", { n })}
            hint={n === 3 ? t("sideNameHint") : undefined}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <MultiSelectField
              name={`side${n}Institutions`}
              label={t("sideInstitutions", { n })}
              options={institutions.map((i) => ({ value: i.id, label: i.shortName }))}
            />
            <MultiSelectField
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
