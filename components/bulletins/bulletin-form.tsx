"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ActionFormView } from "@/components/forms/action-form-view";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { useServerMessage } from "@/components/forms/messages";
import { createBulletinAction } from "@/lib/bulletins/actions";
import type { ActionState } from "@/lib/server/action";

interface Props {
  workspaceId: string;
  defaults: { year: number; numberInYear: number; overallNumber: number; issueDate: string };
  members: { id: string; name: string }[];
  candidates: { id: string; title: string; category: string }[];
  myId: string;
}

function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  checked,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  checked: string[];
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">{legend}</legend>
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
      <div className="max-h-80 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              className="mt-1"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function BulletinForm({ workspaceId, defaults, members, candidates, myId }: Props) {
  const t = useTranslations("bulletins");
  const v = useTranslations("vocab.category");
  const message = useServerMessage();
  const router = useRouter();
  const [state, action, pending] = useActionState(createBulletinAction, { status: "idle" } as ActionState<{
    id: string;
    href: string;
  }>);
  useEffect(() => {
    if (state.status === "ok") router.push(state.data.href);
  }, [state, router]);
  const errors = (key: string) => (state.status === "error" ? (state.fieldErrors[key] ?? []).map(message) : []);
  return (
    <ActionFormView
      id="bulletin-form"
      state={state as ActionState<unknown>}
      action={action}
      pending={pending}
      label={t("new")}
      resetOnSuccess={false}
    >
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <TextField name="title" label={t("issueTitle")} required />
      <div className="grid gap-3 sm:grid-cols-4">
        <TextField name="year" type="number" label={t("year")} defaultValue={defaults.year} required />
        <TextField
          name="numberInYear"
          type="number"
          label={t("numberInYear")}
          defaultValue={defaults.numberInYear}
          required
        />
        <TextField
          name="overallNumber"
          type="number"
          label={t("overallNumber")}
          defaultValue={defaults.overallNumber}
          required
        />
        <TextField name="issueDate" type="date" label={t("issueDate")} defaultValue={defaults.issueDate} required />
      </div>
      <CheckboxGroup
        name="editors"
        legend={t("editors")}
        options={members.map((m) => ({ value: m.id, label: m.name }))}
        checked={[myId]}
      />
      {errors("editors").map((e) => (
        <p key={e} className="text-sm text-red-700">
          {e}
        </p>
      ))}
      <CheckboxGroup
        name="briefs"
        legend={t("briefs")}
        hint={t("briefsHint")}
        options={candidates.map((c) => ({ value: c.id, label: `${c.title} — ${v(c.category)}` }))}
        checked={[]}
      />
      {errors("briefs").map((e) => (
        <p key={e} className="text-sm text-red-700">
          {e}
        </p>
      ))}
      <SubmitButton>{t("create")}</SubmitButton>
    </ActionFormView>
  );
}
