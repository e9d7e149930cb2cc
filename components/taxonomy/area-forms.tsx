"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit, SubmitButton, TextField } from "@/components/forms/fields";
import { createAreaAction, deleteAreaAction, renameAreaAction } from "@/lib/taxonomy/actions";

export function AddAreaForm({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations("taxonomy");
  return (
    <ActionForm id="add-area" action={createAreaAction} label={t("add")}>
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <TextField name="name" label={t("name")} required />
      <TextField name="nameZh" label={t("nameZh")} lang="zh" />
      <TextField name="nameKo" label={t("nameKo")} lang="ko" />
      <SubmitButton>{t("add")}</SubmitButton>
    </ActionForm>
  );
}

export function RenameAreaForm({
  workspaceId,
  area,
}: {
  workspaceId: string;
  area: { id: string; name: string; zh: string; ko: string };
}) {
  const t = useTranslations("taxonomy");
  return (
    <ActionForm
      id={`rename-${area.id}`}
      action={renameAreaAction}
      label={`${t("rename")}: ${area.name}`}
      resetOnSuccess={false}
      className="grid gap-2 sm:grid-cols-4 sm:items-end"
    >
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <input type="hidden" name="areaId" value={area.id} />
      <TextField name="name" label={t("name")} defaultValue={area.name} required />
      <TextField name="nameZh" label={t("nameZh")} defaultValue={area.zh} lang="zh" />
      <TextField name="nameKo" label={t("nameKo")} defaultValue={area.ko} lang="ko" />
      <SubmitButton variant="secondary" size="sm">
        {t("rename")}
      </SubmitButton>
    </ActionForm>
  );
}

export function DeleteAreaButton({ workspaceId, areaId, name }: { workspaceId: string; areaId: string; name: string }) {
  const t = useTranslations("taxonomy");
  return (
    <ActionForm id={`delete-${areaId}`} action={deleteAreaAction} label={t("deleteArea", { name })} className="inline">
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <input type="hidden" name="areaId" value={areaId} />
      <ConfirmSubmit
        trigger={t("delete")}
        triggerLabel={t("deleteArea", { name })}
        title={t("deleteConfirmTitle", { name })}
        confirmLabel={t("delete")}
      >
        {t("deleteConfirmBody")}
      </ConfirmSubmit>
    </ActionForm>
  );
}
