"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton } from "@/components/forms/fields";
import {
  carryOverAction,
  linkBriefAction,
  setAgendaItemStatusAction,
  unlinkBriefAction,
} from "@/lib/committees/actions";

export function AgendaItemStatusForm({
  agendaItemId,
  version,
  options,
}: {
  agendaItemId: string;
  version: number;
  options: string[];
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
      <SubmitButton variant="secondary">{t("apply")}</SubmitButton>
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
