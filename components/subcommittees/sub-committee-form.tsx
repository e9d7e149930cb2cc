"use client";
// "Add sub-committee" on a committee's page (issue 12, item 4): the same create action as a
// new committee, with the parent set and the sides, institutions and co-chairs prefilled from
// the parent's (editable). The countries are the parent's.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ActionFormView, useFormState } from "@/components/forms/action-form-view";
import { MultiSelectField, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { useServerMessage } from "@/components/forms/messages";
import { createCommitteeAction } from "@/lib/committees/actions";
import { SUB_COMMITTEE_KINDS } from "@/lib/committees/schemas";
import type { ActionState } from "@/lib/server/action";

export interface SubCommitteeParentInfo {
  id: string;
  workspaceId: string;
  countries: string[];
  sides: { name: string; institutionIds: string[]; coChairIds: string[] }[];
}

export function SubCommitteeForm({
  parent,
  institutions,
  members,
}: {
  parent: SubCommitteeParentInfo;
  institutions: { id: string; shortName: string }[];
  members: { id: string; name: string }[];
}) {
  const t = useTranslations("committees");
  const ts = useTranslations("subcommittees");
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
      id="sub-committee-form"
      state={state as ActionState<unknown>}
      action={action}
      pending={pending}
      label={ts("add")}
      resetOnSuccess={false}
      className="space-y-3"
    >
      <p className="text-xs text-slate-600">{ts("addHint")}</p>
      <input type="hidden" name="workspaceId" value={parent.workspaceId} />
      <input type="hidden" name="parentId" value={parent.id} />
      <ParentErrors />
      {parent.countries.map((c) => (
        <input key={c} type="hidden" name="countries" value={c} />
      ))}
      <TextField name="name" label={t("name")} required />
      <SelectField
        name="kind"
        label={ts("kind")}
        options={SUB_COMMITTEE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <TextAreaField name="description" label={t("descriptionField")} rows={2} />
      {[1, 2, 3].map((n) => {
        const side = parent.sides[n - 1];
        return (
          <fieldset key={n} className="space-y-3 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold">{t("side", { n })}</legend>
            <TextField name={`side${n}Name`} label={t("sideName", { n })} defaultValue={side?.name ?? ""} />
            <MultiSelectField
              name={`side${n}Institutions`}
              label={t("sideInstitutions", { n })}
              options={institutions.map((i) => ({ value: i.id, label: i.shortName }))}
              defaultValue={side?.institutionIds ?? []}
            />
            <MultiSelectField
              name={`side${n}CoChairs`}
              label={t("sideCoChairs", { n })}
              options={members.map((m) => ({ value: m.id, label: m.name }))}
              defaultValue={side?.coChairIds ?? []}
            />
          </fieldset>
        );
      })}
      <SubmitButton>{ts("create")}</SubmitButton>
    </ActionFormView>
  );
}

/** Errors about the parent itself (another workspace, already a sub-committee): no field shows them. */
function ParentErrors() {
  const { state } = useFormState();
  const message = useServerMessage();
  const errors =
    state.status === "error" ? [...(state.fieldErrors.parentId ?? []), ...(state.fieldErrors.countries ?? [])] : [];
  if (!errors.length) return null;
  return (
    <ul className="text-sm text-red-800">
      {errors.map((e) => (
        <li key={e}>{message(e)}</li>
      ))}
    </ul>
  );
}
