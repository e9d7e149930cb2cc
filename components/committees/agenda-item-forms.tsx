"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import {
  carryOverAction,
  linkBriefAction,
  proposeAgendaItemAction,
  setAgendaItemStatusAction,
  unlinkBriefAction,
} from "@/lib/committees/actions";

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

export function CarryOverButton({ agendaItemId }: { agendaItemId: string }) {
  const t = useTranslations("committees");
  return (
    <ActionForm id="carry-over" action={carryOverAction} label={t("carryOver")} className="inline-block">
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      <SubmitButton>{t("carryOver")}</SubmitButton>
    </ActionForm>
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
