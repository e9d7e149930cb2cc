"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionFormView } from "@/components/forms/action-form-view";
import { SelectField, TextField } from "@/components/forms/fields";
import { useServerMessage } from "@/components/forms/messages";
import { buttonClass } from "@/components/ui/button";
import { importBriefsAction } from "@/lib/briefs/actions";
import type { ImportPreview } from "@/lib/briefs/import";
import type { ActionState } from "@/lib/server/action";

export function ImportForm({ workspaces }: { workspaces: { id: string; name: string }[] }) {
  const t = useTranslations("briefs");
  const message = useServerMessage();
  const [state, action, pending] = useActionState(importBriefsAction, { status: "idle" } as ActionState<ImportPreview>);
  const preview: ImportPreview | null = state.status === "ok" ? state.data : state.status === "error" ? ((state.details as ImportPreview | undefined) ?? null) : null;
  return (
    <div className="space-y-6">
      <ActionFormView id="import-briefs" state={state as ActionState<unknown>} action={action} pending={pending} label={t("importTitle")} resetOnSuccess={false}>
        <SelectField name="workspaceId" label={t("workspace")} options={workspaces.map((w) => ({ value: w.id, label: w.name }))} />
        <TextField name="file" type="file" label={t("importFile")} accept=".csv,.json,text/csv,application/json" required />
        <div className="flex gap-2">
          <button type="submit" name="intent" value="preview" className={buttonClass("secondary")} disabled={pending}>{t("preview")}</button>
          <button type="submit" name="intent" value="import" className={buttonClass("primary")} disabled={pending}>{t("importNow")}</button>
        </div>
      </ActionFormView>
      {preview && (
        <section aria-live="polite" className="space-y-4">
          {preview.imported !== undefined ? (
            <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">{t("importDone", { count: preview.imported })}</p>
          ) : preview.errors.length ? (
            <p className="text-sm font-medium text-red-800">{t("importErrors", { count: preview.errors.length })}</p>
          ) : (
            <p className="text-sm font-medium text-green-800">{t("importReady", { count: preview.rows.length })}</p>
          )}
          {preview.errors.length > 0 && (
            <table className="w-full text-left text-sm">
              <caption className="text-left font-semibold">{t("errorsCaption")}</caption>
              <thead className="text-xs uppercase text-slate-500">
                <tr><th scope="col" className="py-1 pr-3">{t("row")}</th><th scope="col" className="py-1 pr-3">{t("field")}</th><th scope="col" className="py-1">{t("problem")}</th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {preview.errors.map((e, i) => (
                  <tr key={i}><td className="py-1 pr-3">{e.row}</td><td className="py-1 pr-3 font-mono text-xs">{e.field}</td><td className="py-1">{message(e.message)}</td></tr>
                ))}
              </tbody>
            </table>
          )}
          {preview.rows.length > 0 && preview.imported === undefined && (
            <table className="w-full text-left text-sm">
              <caption className="text-left font-semibold">{t("rowsCaption")}</caption>
              <thead className="text-xs uppercase text-slate-500">
                <tr><th scope="col" className="py-1 pr-3">{t("row")}</th><th scope="col" className="py-1 pr-3">{t("titleField")}</th><th scope="col" className="py-1">{t("countries")}</th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {preview.rows.map((r) => (
                  <tr key={r.row}><td className="py-1 pr-3">{r.row}</td><td className="py-1 pr-3">{r.title}</td><td className="py-1">{r.countries.join(", ")}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </div>
  );
}
