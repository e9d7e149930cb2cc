"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { ActionFormView } from "@/components/forms/action-form-view";
import { ConfirmSubmit, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import {
  carryOverAction,
  linkBriefAction,
  proposeAgendaItemAction,
  setAgendaItemStatusAction,
  unlinkBriefAction,
} from "@/lib/committees/actions";
import type { ActionState } from "@/lib/server/action";

export function AgendaItemStatusForm({
  agendaItemId,
  version,
  options,
  final,
}: {
  agendaItemId: string;
  version: number;
  options: string[];
  /** Statuses that can never be left again: choosing one asks first. */
  final: string[];
}) {
  const t = useTranslations("committees");
  return (
    <ActionForm
      id="agenda-item-status"
      action={setAgendaItemStatusAction}
      label={t("changeStatus")}
      className="flex flex-wrap items-end gap-2"
      resetOnSuccess={false}
    >
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="status"
        label={t("changeStatus")}
        options={options.map((s) => ({ value: s, label: t(`itemStatus.${s}`) }))}
      />
      <ConfirmSubmit
        trigger={t("apply")}
        variant="secondary"
        size="md"
        title={t("finalStatusConfirmTitle")}
        confirmLabel={t("apply")}
        askWhen={(data) => final.includes(String(data.get("status")))}
      >
        {t("finalStatusConfirmBody")}
      </ConfirmSubmit>
    </ActionForm>
  );
}

/**
 * "Put on the next session's agenda", until the item is there: then a confirmation right after
 * adding it, or where it is, with a link to the session.
 */
export function CarryOver({
  agendaItemId,
  nextSession,
}: {
  agendaItemId: string;
  nextSession: { id: string; title: string; onAgenda: boolean } | null;
}) {
  const t = useTranslations("committees");
  const [state, action, pending] = useActionState(carryOverAction, { status: "idle" } as ActionState<{
    sessionId: string;
    sessionTitle: string;
  }>);
  const sessionLink = (id: string) => (chunks: ReactNode) => (
    <Link href={`/sessions/${id}`} className="font-medium text-brand-700 hover:underline">
      {chunks}
    </Link>
  );
  if (state.status === "ok")
    return (
      <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
        {t.rich("carriedOver", { title: state.data.sessionTitle, link: sessionLink(state.data.sessionId) })}
      </p>
    );
  if (!nextSession) return <p className="text-sm text-slate-600">{t("noNextSession")}</p>;
  if (nextSession.onAgenda)
    return (
      <p className="text-sm text-slate-700">
        {t.rich("onNextAgenda", { title: nextSession.title, link: sessionLink(nextSession.id) })}
      </p>
    );
  return (
    <ActionFormView
      id="carry-over"
      state={state as ActionState<unknown>}
      action={action}
      pending={pending}
      label={t("carryOver")}
      className="inline-block"
    >
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      <SubmitButton>{t("carryOver")}</SubmitButton>
    </ActionFormView>
  );
}

export function LinkBriefForm({
  agendaItemId,
  briefs,
}: {
  agendaItemId: string;
  briefs: { id: string; title: string }[];
}) {
  const t = useTranslations("committees");
  return (
    <ActionForm id="link-brief" action={linkBriefAction} label={t("linkBrief")} className="space-y-2">
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      <SelectField name="briefId" label={t("brief")} options={briefs.map((b) => ({ value: b.id, label: b.title }))} />
      <SubmitButton variant="secondary">{t("linkBrief")}</SubmitButton>
    </ActionForm>
  );
}

export function UnlinkBriefButton({
  agendaItemId,
  briefId,
  title,
}: {
  agendaItemId: string;
  briefId: string;
  title: string;
}) {
  const t = useTranslations("committees");
  return (
    <ActionForm
      id={`unlink-${briefId}`}
      action={unlinkBriefAction}
      label={t("unlinkBrief", { title })}
      className="inline"
    >
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      <input type="hidden" name="briefId" value={briefId} />
      <SubmitButton variant="ghost" size="sm" aria-label={t("unlinkBrief", { title })}>
        ×
      </SubmitButton>
    </ActionForm>
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
