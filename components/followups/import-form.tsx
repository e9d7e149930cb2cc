"use client";
import { useTranslations } from "next-intl";
import { ImportForm } from "@/components/forms/import-form";
import { importFollowUpsAction } from "@/lib/followups/actions";

export function FollowUpImportForm({ committeeId }: { committeeId: string }) {
  const t = useTranslations("followUps");
  const tb = useTranslations("briefs");
  return (
    <ImportForm
      action={importFollowUpsAction}
      label={t("import")}
      fileLabel={tb("importFile")}
      accept=".csv,text/csv"
      detailLabel={t("dueDate")}
    >
      <input type="hidden" name="committeeId" value={committeeId} />
    </ImportForm>
  );
}
