"use client";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/fields";
import { ImportForm } from "@/components/forms/import-form";
import { importBriefsAction } from "@/lib/briefs/actions";

export function BriefImportForm({ workspaces }: { workspaces: { id: string; name: string }[] }) {
  const t = useTranslations("briefs");
  return (
    <ImportForm
      action={importBriefsAction}
      label={t("importTitle")}
      fileLabel={t("importFile")}
      accept=".csv,.json,text/csv,application/json"
      detailLabel={t("countries")}
    >
      <SelectField
        name="workspaceId"
        label={t("workspace")}
        options={workspaces.map((w) => ({ value: w.id, label: w.name }))}
      />
    </ImportForm>
  );
}
