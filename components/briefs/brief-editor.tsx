"use client";
// The brief form: the fields, the sources and the stale-write conflict panel, with "Create
// draft" for a new brief, "Save changes" for an existing one, and "Submit for review" on the
// author's draft (state and server round trips: use-brief-draft.ts).
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useServerMessage } from "@/components/forms/messages";
import { buttonClass } from "@/components/ui/button";
import { BriefConflictPanel } from "./brief-conflict";
import { type BriefFieldOptions, BriefFields } from "./brief-fields";
import { BriefSources } from "./brief-sources";
import { type BriefDraftOptions, useBriefDraft } from "./use-brief-draft";

export type { BriefDraft } from "./use-brief-draft";

interface Props extends BriefDraftOptions, BriefFieldOptions {
  /** The author may submit this draft for review. */
  canSubmit?: boolean;
}

export function BriefEditor(props: Props) {
  const t = useTranslations("briefs");
  const message = useServerMessage();
  const id = useId();
  const { draft, update, state, conflict, pending, dirty, savedAt, autosave, save, submitForReview } =
    useBriefDraft(props);
  const idOf = (name: string) => `${id}-${name}`;
  const errorsOf = (key: string) => (state.status === "error" ? (state.fieldErrors[key] ?? []).map(message) : []);
  const nameOf = (field: string, value: string) =>
    (field === "countries"
      ? props.countries.find((c) => c.value === value)?.label
      : field === "areas"
        ? props.areas.find((a) => a.id === value)?.name
        : field === "recipients"
          ? props.members.find((m) => m.id === value)?.name
          : undefined) ?? value;
  const canSubmit = props.mode === "edit" && props.status === "DRAFT" && props.canSubmit;

  return (
    <form
      className="space-y-5"
      noValidate
      aria-label={props.mode === "create" ? t("newBrief") : props.status === "DRAFT" ? t("editDraft") : t("edit")}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {state.status === "error" && !conflict && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {message(Object.keys(state.fieldErrors).length ? "check_fields" : state.error)}
        </p>
      )}
      {conflict && <BriefConflictPanel conflict={conflict} nameOf={nameOf} onKeepMine={() => save(conflict.version)} />}

      <BriefFields draft={draft} update={update} errorsOf={errorsOf} idOf={idOf} options={props} />
      <BriefSources
        sources={draft.sources}
        onChange={(sources) => update("sources", sources)}
        errorsOf={errorsOf}
        idOf={idOf}
      />

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
        <button type="submit" className={buttonClass(canSubmit ? "secondary" : "primary")} disabled={pending}>
          {props.mode === "create" ? t("createDraft") : t("saveChanges")}
        </button>
        {canSubmit && (
          <button type="button" className={buttonClass("primary")} disabled={pending} onClick={submitForReview}>
            {t("submit")}
          </button>
        )}
        <p className="text-sm text-slate-600" role="status" aria-live="polite">
          {pending
            ? t("saving")
            : dirty
              ? t("unsaved")
              : savedAt
                ? t("savedAt", { time: savedAt })
                : autosave
                  ? t("autosaveOn")
                  : ""}
        </p>
      </div>
    </form>
  );
}
