"use client";
// A stale save: what the saved brief now says in each field that differs, beside the unsaved
// text still in the form, and "use my version" (save again over the current version).
import { useTranslations } from "next-intl";
import { useId } from "react";
import { buttonClass } from "@/components/ui/button";
import type { BriefConflict } from "@/lib/briefs/service";

export function ConflictPanel({
  conflict,
  nameOf,
  onUseMine,
}: {
  conflict: BriefConflict;
  /** The display name of a chosen value (country, area, recipient) of a field. */
  nameOf: (field: string, value: string) => string;
  onUseMine: () => void;
}) {
  const t = useTranslations("briefs");
  const id = useId();
  const label = (k: string) => t(k === "title" ? "titleField" : k === "body" ? "body" : k);
  return (
    <section
      role="alert"
      aria-labelledby={id}
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id={id} className="font-semibold">
        {t("conflictTitle")}
      </h2>
      <p>{t("conflictBody", { fields: conflict.changed.map(label).join(", ") })}</p>
      {conflict.changed.map((k) => {
        const value = conflict.current[k as keyof typeof conflict.current];
        return (
          <div key={k}>
            <p className="font-medium">{t("conflictField", { field: label(k) })}</p>
            <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap rounded border border-amber-200 bg-white p-2 text-xs">
              {Array.isArray(value)
                ? value.map((x) => (typeof x === "string" ? nameOf(k, x) : Object.values(x).join(" · "))).join("\n")
                : String(value)}
            </pre>
          </div>
        );
      })}
      <button type="button" className={buttonClass("secondary", "sm")} onClick={onUseMine}>
        {t("conflictReload")}
      </button>
    </section>
  );
}
