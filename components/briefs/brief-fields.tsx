"use client";
// The brief form's fields (all but the sources): controlled by the editor, each wired to its
// label, hint and error messages.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MultiSelect } from "@/components/ui/multi-select";
import type { SearchableOption } from "@/components/ui/option-search";
import { CATEGORIES, DISTRIBUTIONS, TLP_LABELS } from "@/lib/briefs/vocabulary";
import type { BriefDraft } from "./use-brief-draft";

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500";

/** A field's translated error messages, by the field's key in the form ("title", "sources.0.url"). */
export type ErrorsOf = (key: string) => string[];

/** aria-invalid and aria-describedby for a field with an optional hint (`<id>-hint`). */
export function fieldAria(errors: string[], fieldId: string, hint = false) {
  return {
    "aria-invalid": errors.length > 0,
    "aria-describedby":
      [hint ? `${fieldId}-hint` : "", errors.length ? `${fieldId}-error` : ""].filter(Boolean).join(" ") || undefined,
  };
}

export function FieldErrors({ errors, fieldId }: { errors: string[]; fieldId: string }) {
  return errors.map((e) => (
    <p key={e} id={`${fieldId}-error`} className="text-sm text-red-700">
      {e}
    </p>
  ));
}

export interface BriefFieldOptions {
  /** Countries with the names they are searched by (countryChoices). */
  countries: SearchableOption[];
  areas: { id: string; name: string }[];
  members: { id: string; name: string; institution: string }[];
}

export function BriefFields({
  draft,
  update,
  errorsOf,
  idOf,
  options,
}: {
  draft: BriefDraft;
  update: <K extends keyof BriefDraft>(key: K, value: BriefDraft[K]) => void;
  errorsOf: ErrorsOf;
  /** The DOM id of a field, unique on the page. */
  idOf: (name: string) => string;
  options: BriefFieldOptions;
}) {
  const t = useTranslations("briefs");
  const v = useTranslations("vocab");
  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((x) => x !== value);
  const label = (name: string, text: string) => (
    <label htmlFor={idOf(name)} className="block text-sm font-medium">
      {text}
    </label>
  );
  const hint = (name: string, text: ReactNode) => (
    <p id={`${idOf(name)}-hint`} className="text-xs text-slate-500">
      {text}
    </p>
  );
  const errors = (name: string) => <FieldErrors errors={errorsOf(name)} fieldId={idOf(name)} />;

  return (
    <>
      <div className="space-y-1">
        {label("title", t("titleField"))}
        <input
          id={idOf("title")}
          className={inputClass}
          value={draft.title}
          onChange={(e) => update("title", e.target.value)}
          maxLength={300}
          required
          {...fieldAria(errorsOf("title"), idOf("title"))}
        />
        {errors("title")}
      </div>

      <div className="space-y-1">
        {label("summary", t("summary"))}
        <textarea
          id={idOf("summary")}
          className={inputClass}
          rows={3}
          value={draft.summary}
          onChange={(e) => update("summary", e.target.value)}
          {...fieldAria(errorsOf("summary"), idOf("summary"), true)}
        />
        {hint("summary", t("summaryHint"))}
        {errors("summary")}
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          {label("category", t("category"))}
          <select
            id={idOf("category")}
            className={inputClass}
            value={draft.category}
            onChange={(e) => update("category", e.target.value)}
            {...fieldAria(errorsOf("category"), idOf("category"))}
          >
            {/* Required: a prompt that cannot be chosen again, not the search filter's "any". */}
            <option value="" disabled>
              {t("chooseCategory")}
            </option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {v(`category.${c}`)}
              </option>
            ))}
          </select>
          {errors("category")}
        </div>
        <div className="space-y-1">
          {label("distribution", t("distribution"))}
          <select
            id={idOf("distribution")}
            className={inputClass}
            value={draft.distribution}
            onChange={(e) => update("distribution", e.target.value)}
            {...fieldAria(errorsOf("distribution"), idOf("distribution"), true)}
          >
            {DISTRIBUTIONS.map((d) => (
              <option key={d} value={d}>{`${TLP_LABELS[d]} · ${v(`distribution.${d}`)}`}</option>
            ))}
          </select>
          {hint("distribution", t("distributionHint"))}
          {errors("distribution")}
        </div>
      </div>

      {draft.distribution === "RESTRICTED" && (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">{t("recipients")}</legend>
          <p className="text-xs text-slate-500">{t("recipientsHint")}</p>
          <div className="grid gap-1 sm:grid-cols-2">
            {options.members.map((m) => (
              <label key={m.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={draft.recipients.includes(m.id)}
                  onChange={(e) => update("recipients", toggle(draft.recipients, m.id, e.target.checked))}
                />
                {m.name} <span className="text-slate-500">({m.institution})</span>
              </label>
            ))}
          </div>
          {errors("recipients")}
        </fieldset>
      )}

      <MultiSelect
        label={t("countries")}
        hint={t("countriesHint")}
        errors={errorsOf("countries")}
        options={options.countries}
        value={draft.countries}
        onChange={(countries) => update("countries", countries)}
      />

      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t("areas")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {options.areas.map((a) => (
            <label key={a.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={draft.areas.includes(a.id)}
                onChange={(e) => update("areas", toggle(draft.areas, a.id, e.target.checked))}
              />
              {a.name}
            </label>
          ))}
        </div>
        {errors("areas")}
      </fieldset>

      <div className="space-y-1">
        {label("body", t("body"))}
        <textarea
          id={idOf("body")}
          className={`${inputClass} font-mono`}
          rows={14}
          value={draft.body}
          onChange={(e) => update("body", e.target.value)}
          {...fieldAria(errorsOf("body"), idOf("body"), true)}
        />
        {hint("body", t("bodyHint"))}
        {errors("body")}
      </div>
    </>
  );
}
