"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { ActionFormView } from "@/components/forms/action-form-view";
import { MultiSelectField, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { createFollowUpAction, postProgressAction, updateFollowUpAction } from "@/lib/followups/actions";
import { PRIORITIES } from "@/lib/followups/schemas";
import type { ActionState } from "@/lib/server/action";

interface People {
  institutions: { id: string; shortName: string }[];
  members: { id: string; name: string }[];
}

type Values = {
  title: string;
  description: string;
  dueDate: string;
  priority: string;
  leads: string[];
  assignees: string[];
};

function FollowUpFields({ people, values }: { people: People; values?: Values }) {
  const t = useTranslations("followUps");
  return (
    <>
      <TextField name="title" label={t("titleField")} defaultValue={values?.title} required />
      <TextAreaField name="description" label={t("descriptionField")} defaultValue={values?.description} rows={3} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="dueDate" type="date" label={t("dueDate")} defaultValue={values?.dueDate} required />
        <SelectField
          name="priority"
          label={t("priority")}
          defaultValue={values?.priority ?? "MEDIUM"}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`priorities.${p}`) }))}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <MultiSelectField
          name="leads"
          label={t("leads")}
          hint={t("leadsHint")}
          defaultValue={values?.leads}
          options={people.institutions.map((i) => ({ value: i.id, label: i.shortName }))}
        />
        <MultiSelectField
          name="assignees"
          label={t("assignees")}
          defaultValue={values?.assignees}
          options={people.members.map((m) => ({ value: m.id, label: m.name }))}
        />
      </div>
    </>
  );
}

export function CreateFollowUpForm({
  committeeId,
  agendaItemId,
  decisions,
  people,
  feedbackId,
  consultationAnswerId,
  id = "create-follow-up",
}: {
  committeeId: string;
  agendaItemId: string;
  decisions: { id: string; label: string }[];
  people: People;
  feedbackId?: string;
  /** Made from a consultation answer (components/consultations). */
  consultationAnswerId?: string;
  id?: string;
}) {
  const t = useTranslations("followUps");
  const tc = useTranslations("committees");
  const router = useRouter();
  const [state, action, pending] = useActionState(createFollowUpAction, { status: "idle" } as ActionState<{
    id: string;
    href: string;
  }>);
  useEffect(() => {
    if (state.status === "ok") router.push(state.data.href);
  }, [state, router]);
  return (
    <ActionFormView
      id={id}
      state={state as ActionState<unknown>}
      action={action}
      pending={pending}
      label={feedbackId ? tc("followUpFromFeedback") : tc("newFollowUp")}
      resetOnSuccess={false}
    >
      <input type="hidden" name="committeeId" value={committeeId} />
      {feedbackId && <input type="hidden" name="feedbackId" value={feedbackId} />}
      {consultationAnswerId && <input type="hidden" name="consultationAnswerId" value={consultationAnswerId} />}
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      {decisions.length > 0 && (
        <SelectField
          name="decisionId"
          label={tc("decision")}
          options={[{ value: "", label: "—" }, ...decisions.map((d) => ({ value: d.id, label: d.label }))]}
        />
      )}
      <FollowUpFields people={people} />
      <SubmitButton>{t("create")}</SubmitButton>
    </ActionFormView>
  );
}

export function EditFollowUpForm({
  followUpId,
  version,
  people,
  values,
}: {
  followUpId: string;
  version: number;
  people: People;
  values: Values;
}) {
  const t = useTranslations("followUps");
  return (
    <ActionForm
      id="edit-follow-up"
      action={updateFollowUpAction}
      label={t("edit")}
      successMessage={t("saved")}
      resetOnSuccess={false}
    >
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="version" value={version} />
      <FollowUpFields people={people} values={values} />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}

export function ProgressForm({
  followUpId,
  version,
  status,
  progress,
  statuses,
}: {
  followUpId: string;
  version: number;
  status: string;
  progress: number;
  statuses: string[];
}) {
  const t = useTranslations("followUps");
  return (
    <ActionForm id="progress-form" action={postProgressAction} label={t("postUpdate")} successMessage={t("posted")}>
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField name="text" label={t("updateText")} hint={t("updateTextHint")} rows={3} required />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="status"
          label={t("newStatus")}
          defaultValue={status}
          options={statuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        <TextField name="progress" type="number" min={0} max={100} label={t("percent")} defaultValue={progress} />
      </div>
      <TextAreaField name="evidence" label={t("evidence")} hint={t("evidenceHint")} rows={2} />
      <SubmitButton>{t("post")}</SubmitButton>
    </ActionForm>
  );
}
