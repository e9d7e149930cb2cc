"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import {
  addAgendaEntryAction,
  moveAgendaEntryAction,
  recordDecisionAction,
  removeAgendaEntryAction,
  setSessionStatusAction,
  updateAgendaEntryAction,
} from "@/lib/committees/actions";
import { DECISION_TYPES } from "@/lib/committees/schemas";

export function SessionStatusButton({
  sessionId,
  version,
  status,
  label,
}: {
  sessionId: string;
  version: number;
  status: "IN_SESSION" | "HELD";
  label: string;
}) {
  return (
    <ActionForm id={`session-status-${status}`} action={setSessionStatusAction} label={label} className="inline-block">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="status" value={status} />
      <SubmitButton>{label}</SubmitButton>
    </ActionForm>
  );
}

export function AddEntryForm({ sessionId, backlog }: { sessionId: string; backlog: { id: string; title: string }[] }) {
  const t = useTranslations("committees");
  return (
    <ActionForm
      id="add-entry"
      action={addAgendaEntryAction}
      label={t("addFromBacklog")}
      className="grid gap-2 sm:grid-cols-4 sm:items-end"
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <div className="sm:col-span-2">
        <SelectField
          name="agendaItemId"
          label={t("agendaItem")}
          options={backlog.map((b) => ({ value: b.id, label: b.title }))}
        />
      </div>
      <TextField name="durationMinutes" type="number" min={0} max={1440} label={t("duration")} defaultValue={30} />
      <TextField name="presenter" label={t("presenter")} />
      <div className="sm:col-span-4">
        <SubmitButton variant="secondary">{t("add")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function EntryControls({
  sessionId,
  entry,
  title,
}: {
  sessionId: string;
  entry: { id: string; durationMinutes: number; presenter: string };
  title: string;
}) {
  const t = useTranslations("committees");
  return (
    <div className="flex flex-wrap items-end gap-2">
      <ActionForm
        id={`entry-${entry.id}`}
        action={updateAgendaEntryAction}
        label={`${t("save")}: ${title}`}
        resetOnSuccess={false}
        className="flex flex-wrap items-end gap-2"
      >
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="entryId" value={entry.id} />
        <div className="w-24">
          <TextField
            name="durationMinutes"
            type="number"
            min={0}
            max={1440}
            label={`${t("duration")}`}
            defaultValue={entry.durationMinutes}
          />
        </div>
        <div className="w-40">
          <TextField name="presenter" label={t("presenter")} defaultValue={entry.presenter} />
        </div>
        <SubmitButton variant="secondary" size="sm">
          {t("save")}
        </SubmitButton>
      </ActionForm>
      {(["up", "down"] as const).map((direction) => (
        <ActionForm
          key={direction}
          id={`move-${direction}-${entry.id}`}
          action={moveAgendaEntryAction}
          label={t(direction === "up" ? "moveUp" : "moveDown", { title })}
          className="inline"
        >
          <input type="hidden" name="sessionId" value={sessionId} />
          <input type="hidden" name="entryId" value={entry.id} />
          <input type="hidden" name="direction" value={direction} />
          <SubmitButton variant="ghost" size="sm" aria-label={t(direction === "up" ? "moveUp" : "moveDown", { title })}>
            {direction === "up" ? "↑" : "↓"}
          </SubmitButton>
        </ActionForm>
      ))}
      <ActionForm
        id={`remove-${entry.id}`}
        action={removeAgendaEntryAction}
        label={t("remove", { title })}
        className="inline"
      >
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="entryId" value={entry.id} />
        <SubmitButton variant="danger" size="sm" aria-label={t("remove", { title })}>
          ×
        </SubmitButton>
      </ActionForm>
    </div>
  );
}

export function DecisionForm({
  sessionId,
  agendaItemId,
  title,
  current,
}: {
  sessionId: string;
  agendaItemId: string;
  title: string;
  current?: { type: string; text: string };
}) {
  const t = useTranslations("committees");
  return (
    <ActionForm
      id={`decision-${agendaItemId}`}
      action={recordDecisionAction}
      label={`${t("decision")}: ${title}`}
      successMessage={t("decisionRecorded")}
      resetOnSuccess={false}
      className="space-y-2"
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      <SelectField
        name="type"
        label={t("decisionType")}
        defaultValue={current?.type ?? "AGREED"}
        options={DECISION_TYPES.map((d) => ({ value: d, label: t(`decisionTypes.${d}`) }))}
      />
      <TextAreaField name="text" label={t("decisionText")} defaultValue={current?.text} rows={2} required />
      <SubmitButton variant="secondary" size="sm">
        {t("recordDecision")}
      </SubmitButton>
    </ActionForm>
  );
}
