"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { ActionFormView } from "@/components/forms/action-form-view";
import { ConfirmSubmit, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import {
  addAgendaEntryAction,
  createSessionAction,
  moveAgendaEntryAction,
  recordDecisionAction,
  removeAgendaEntryAction,
  setSessionStatusAction,
  updateAgendaEntryAction,
} from "@/lib/committees/actions";
import { DECISION_TYPES } from "@/lib/committees/schemas";
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

/** Starts a session or marks it held; both are final, so the button asks first. */
export function SessionStatusButton({
  sessionId,
  version,
  status,
  title,
  farFromPlan,
}: {
  sessionId: string;
  version: number;
  status: "IN_SESSION" | "HELD";
  title: string;
  /** When starting more than a day from the planned time: when it is planned and how far away. */
  farFromPlan?: string;
}) {
  const t = useTranslations("committees");
  const start = status === "IN_SESSION";
  const label = t(start ? "start" : "hold");
  return (
    <ActionForm id={`session-status-${status}`} action={setSessionStatusAction} label={label} className="inline-block">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="status" value={status} />
      <ConfirmSubmit
        trigger={label}
        variant="primary"
        size="md"
        title={t(start ? "startConfirmTitle" : "holdConfirmTitle", { title })}
        confirmLabel={label}
      >
        {start && farFromPlan && (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
            {farFromPlan}
          </p>
        )}
        <p>{t(start ? "startConfirmBody" : "holdConfirmBody")}</p>
      </ConfirmSubmit>
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
        <ConfirmSubmit
          trigger="×"
          triggerLabel={t("remove", { title })}
          title={t("removeEntryConfirmTitle", { title })}
          confirmLabel={t("removeEntry")}
        >
          {t("removeEntryConfirmBody")}
        </ConfirmSubmit>
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
