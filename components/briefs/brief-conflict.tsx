"use client";
// Shown when someone saved the brief since this form was loaded: the fields that differ with
// what the saved brief says now, beside the user's unsaved text, and "use my version".
import { useTranslations } from "next-intl";
import { useId } from "react";
import { buttonClass } from "@/components/ui/button";
import type { BriefConflict } from "@/lib/briefs/service";

const fieldLabel = (k: string) => (k === "title" ? "titleField" : k === "body" ? "body" : k);

export function BriefConflictPanel({
  conflict,
  nameOf,
  onKeepMine,
}: {
  conflict: BriefConflict;
  /** A readable name for a stored value (country code, area or member id). */
  nameOf: (field: string, value: string) => string;
  onKeepMine: () => void;
}) {
  const t = useTranslations("briefs");
  const id = useId();
  return (
    <section
      role="alert"
      aria-labelledby={id}
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id={id} className="font-semibold">
        {t("conflictTitle")}
      </h2>
      <p>{t("conflictBody", { fields: conflict.changed.map((k) => t(fieldLabel(k))).join(", ") })}</p>
      {conflict.changed.map((k) => {
        const value = conflict.current[k as keyof typeof conflict.current];
        return (
          <div key={k}>
            <p className="font-medium">{t("conflictField", { field: t(fieldLabel(k)) })}</p>
            <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap rounded border border-amber-200 bg-white p-2 text-xs">
              {Array.isArray(value)
                ? value.map((x) => (typeof x === "string" ? nameOf(k, x) : Object.values(x).join(" · "))).join("\n")
                : String(value)}
            </pre>
          </div>
        );
      })}
      <button type="button" className={buttonClass("secondary", "sm")} onClick={onKeepMine}>
        {t("conflictReload")}
      </button>
    </section>
  );
}
