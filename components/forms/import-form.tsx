"use client";
// One import form for every kind of record: a file, "Preview" and "Import"; the preview lists
// every row's errors, or the rows ready to go; nothing is written while any row is wrong, and a
// refused import lists only the errors (no row was imported).
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Table, Td } from "@/components/ui/table";
import type { ActionState } from "@/lib/server/action";
import type { ImportOutcome, ImportRowError } from "@/lib/server/import-rows";
import { ActionFormView } from "./action-form-view";
import { TextField } from "./fields";
import { useServerMessage } from "./messages";

export function ImportForm({
  action,
  label,
  fileLabel,
  accept,
  detailLabel,
  children,
}: {
  action: (state: ActionState<ImportOutcome>, formData: FormData) => Promise<ActionState<ImportOutcome>>;
  label: string;
  fileLabel: string;
  accept: string;
  detailLabel: string;
  children?: ReactNode;
}) {
  const t = useTranslations("briefs");
  const message = useServerMessage();
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState<ImportOutcome>);
  const refused = state.status === "error";
  // A value outside a fixed list says what was given and what is allowed.
  const problem = (e: ImportRowError) =>
    e.allowed && e.value !== undefined
      ? t("importBadValue", { value: e.value, allowed: e.allowed.join(", ") })
      : e.allowed
        ? `${message(e.message)} ${t("importAllowedValues", { allowed: e.allowed.join(", ") })}`
        : message(e.message);
  const preview: ImportOutcome | null =
    state.status === "ok"
      ? state.data
      : state.status === "error"
        ? ((state.details as ImportOutcome | undefined) ?? null)
        : null;
  return (
    <div className="space-y-6">
      <ActionFormView
        id="import-form"
        state={state as ActionState<unknown>}
        action={formAction}
        pending={pending}
        label={label}
        resetOnSuccess={false}
        keepFields
      >
        {children}
        <TextField name="file" type="file" label={fileLabel} accept={accept} required />
        <div className="flex gap-2">
          <button type="submit" name="intent" value="preview" className={buttonClass("secondary")} disabled={pending}>
            {t("preview")}
          </button>
          <button type="submit" name="intent" value="import" className={buttonClass("primary")} disabled={pending}>
            {t("importNow")}
          </button>
        </div>
      </ActionFormView>
      {preview && (
        <section aria-live="polite" className="space-y-4">
          {preview.imported !== undefined ? (
            <p
              role="status"
              className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
            >
              {t("importDone", { count: preview.imported })}
            </p>
          ) : preview.errors.length ? (
            <p className="text-sm font-medium text-red-800">
              {t(refused ? "importRefused" : "importErrors", { count: preview.errors.length })}
            </p>
          ) : (
            <p className="text-sm font-medium text-green-800">{t("importReady", { count: preview.rows.length })}</p>
          )}
          {preview.errors.length > 0 && (
            <Table
              caption={t("errorsCaption")}
              captionVisible
              columns={[t("row"), t("field"), t("problem")]}
              empty={null}
            >
              {preview.errors.map((e, i) => (
                <tr key={i}>
                  <Td>{e.row}</Td>
                  <Td className="font-mono text-xs">{e.field}</Td>
                  <Td>{problem(e)}</Td>
                </tr>
              ))}
            </Table>
          )}
          {preview.rows.length > 0 && preview.imported === undefined && !refused && (
            <Table
              caption={preview.errors.length ? t("validRowsCaption") : t("rowsCaption")}
              captionVisible
              columns={[t("row"), t("titleField"), detailLabel]}
              empty={null}
            >
              {preview.rows.map((r) => (
                <tr key={r.row}>
                  <Td>{r.row}</Td>
                  <Td>{r.title}</Td>
                  <Td>{r.detail}</Td>
                </tr>
              ))}
            </Table>
          )}
        </section>
      )}
    </div>
  );
}
