"use client";
// The brief form's sources: any number of rows (publisher, title, URL, date), each removable.
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { type ErrorsOf, FieldErrors, fieldAria, inputClass } from "./brief-fields";
import type { BriefDraft } from "./use-brief-draft";

type Source = BriefDraft["sources"][number];
const SOURCE_FIELDS = ["publisher", "title", "url", "date"] as const;

export function BriefSources({
  sources,
  onChange,
  errorsOf,
  idOf,
}: {
  sources: Source[];
  onChange: (sources: Source[]) => void;
  errorsOf: ErrorsOf;
  idOf: (name: string) => string;
}) {
  const t = useTranslations("briefs");
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">{t("sources")}</legend>
      {sources.map((s, i) => (
        <div
          key={i}
          role="group"
          aria-label={t("sourceRow", { n: i + 1 })}
          className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-2"
        >
          {SOURCE_FIELDS.map((key) => {
            const fieldId = idOf(`source-${i}-${key}`);
            const errors = errorsOf(`sources.${i}.${key}`);
            return (
              <div key={key} className="space-y-1">
                <label
                  htmlFor={fieldId}
                  className="block text-xs font-medium"
                >{`${t(key === "title" ? "sourceTitle" : key)} (${t("sourceRow", { n: i + 1 })})`}</label>
                <input
                  id={fieldId}
                  type={key === "date" ? "date" : key === "url" ? "url" : "text"}
                  className={inputClass}
                  value={s[key]}
                  onChange={(e) =>
                    onChange(sources.map((row, j) => (j === i ? { ...row, [key]: e.target.value } : row)))
                  }
                  {...fieldAria(errors, fieldId)}
                />
                <FieldErrors errors={errors} fieldId={fieldId} />
              </div>
            );
          })}
          <div className="sm:col-span-2">
            <button
              type="button"
              className={buttonClass("ghost", "sm")}
              onClick={() => onChange(sources.filter((_, j) => j !== i))}
            >
              {t("removeSource", { n: i + 1 })}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className={buttonClass("secondary", "sm")}
        onClick={() => onChange([...sources, { publisher: "", title: "", url: "", date: "" }])}
      >
        {t("addSource")}
      </button>
    </fieldset>
  );
}
