"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit, SubmitButton, TextField } from "@/components/forms/fields";
import { deleteSavedSearchAction, saveSearchAction } from "@/lib/saved-views/actions";

export function SaveSearchForm({
  query,
  scope = "briefs",
  label,
}: {
  query: string;
  scope?: "briefs" | "follow-ups";
  label?: string;
}) {
  const t = useTranslations("briefs");
  return (
    <ActionForm
      id="save-search"
      action={saveSearchAction}
      successMessage={t("searchSaved")}
      label={label ?? t("saveSearch")}
      className="flex flex-wrap items-end gap-2"
    >
      <input type="hidden" name="query" value={query} />
      <input type="hidden" name="scope" value={scope} />
      <TextField name="name" label={t("searchName")} required maxLength={80} />
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </ActionForm>
  );
}

export function DeleteSavedSearchButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("briefs");
  return (
    <ActionForm
      id={`delete-search-${id}`}
      action={deleteSavedSearchAction}
      label={t("deleteSavedSearch", { name })}
      className="inline"
    >
      <input type="hidden" name="savedSearchId" value={id} />
      <ConfirmSubmit
        trigger={t("delete")}
        triggerLabel={t("deleteSavedSearch", { name })}
        variant="ghost"
        title={t("deleteSearchConfirmTitle", { name })}
        confirmLabel={t("delete")}
      >
        {t("deleteSearchConfirmBody")}
      </ConfirmSubmit>
    </ActionForm>
  );
}
