"use client";
// The brief form: controlled fields, explicit save, autosave for drafts (2.5 s after the last
// change), and the stale-write conflict panel. Saving sends the version the form was loaded
// at; the server refuses a stale one and sends back what the saved brief says now.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState, useTransition } from "react";
import { useServerMessage } from "@/components/forms/messages";
import { buttonClass } from "@/components/ui/button";
import { MultiSelect } from "@/components/ui/multi-select";
import type { SearchableOption } from "@/components/ui/option-search";
import { SelectOptions } from "@/components/ui/select-options";
import { createBriefAction, saveBriefAction } from "@/lib/briefs/actions";
import type { BriefConflict } from "@/lib/briefs/service";
import { CATEGORIES, DISTRIBUTIONS, TLP_LABELS } from "@/lib/briefs/vocabulary";
import type { ActionState } from "@/lib/server/action";
import { ConflictPanel } from "./conflict-panel";

export interface BriefDraft {
  title: string;
  summary: string;
  body: string;
  category: string;
  distribution: string;
  countries: string[];
  areas: string[];
  recipients: string[];
  sources: { publisher: string; title: string; url: string; date: string }[];
}

interface Props {
  mode: "create" | "edit";
  workspaceId: string;
  briefId?: string;
  version?: number;
  status?: string;
  initial: BriefDraft;
  /** Countries with the names they are searched by (countryChoices). */
  countries: SearchableOption[];
  areas: { id: string; name: string }[];
  members: { id: string; name: string; institution: string }[];
}

const input =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500";

function toFormData(draft: BriefDraft, extra: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(extra)) data.set(k, v);
  for (const key of ["title", "summary", "body", "category", "distribution"] as const) data.set(key, draft[key]);
  for (const c of draft.countries) data.append("countries", c);
  for (const a of draft.areas) data.append("areas", a);
  if (draft.distribution === "RESTRICTED") for (const r of draft.recipients) data.append("recipients", r);
  for (const s of draft.sources) {
    data.append("sourcePublisher", s.publisher);
    data.append("sourceTitle", s.title);
    data.append("sourceUrl", s.url);
    data.append("sourceDate", s.date);
  }
  return data;
}

export function BriefEditor(props: Props) {
  const t = useTranslations("briefs");
  const v = useTranslations("vocab");
  const message = useServerMessage();
  const router = useRouter();
  const id = useId();
  const [draft, setDraft] = useState<BriefDraft>(props.initial);
  const [version, setVersion] = useState(props.version ?? 0);
  const [dirty, setDirty] = useState(false);
  const [state, setState] = useState<ActionState<unknown>>({ status: "idle" });
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const autosave = props.mode === "edit" && props.status === "DRAFT";
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflict = state.status === "error" && state.error === "stale_brief" ? (state.details as BriefConflict) : null;

  const update = <K extends keyof BriefDraft>(key: K, value: BriefDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setDirty(true);
  };

  const save = useCallback(
    (overrideVersion?: number) => {
      startTransition(async () => {
        if (props.mode === "create") {
          const result = await createBriefAction(
            { status: "idle" },
            toFormData(draft, { workspaceId: props.workspaceId }),
          );
          setState(result);
          if (result.status === "ok") router.push(result.data.href);
          return;
        }
        const result = await saveBriefAction(
          { status: "idle" },
          toFormData(draft, { briefId: props.briefId!, version: String(overrideVersion ?? version) }),
        );
        setState(result);
        if (result.status === "ok") {
          setVersion(result.data.version);
          setSavedAt(new Date(result.data.savedAt).toLocaleTimeString());
          setDirty(false);
          router.refresh();
        }
      });
    },
    [draft, props.mode, props.workspaceId, props.briefId, version, router],
  );

  useEffect(() => {
    if (!autosave || !dirty || conflict) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => save(), 2500);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [autosave, dirty, conflict, save]);

  const errors = (key: string) => (state.status === "error" ? (state.fieldErrors[key] ?? []).map(message) : []);
  const fieldError = (key: string, fieldId: string) =>
    errors(key).map((e) => (
      <p key={e} id={`${fieldId}-error`} className="text-sm text-red-700">
        {e}
      </p>
    ));
  const describedBy = (key: string, fieldId: string, hint?: boolean) =>
    [hint ? `${fieldId}-hint` : "", errors(key).length ? `${fieldId}-error` : ""].filter(Boolean).join(" ") ||
    undefined;

  const f = (name: string) => `${id}-${name}`;
  const nameOf = (field: string, value: string) =>
    (field === "countries"
      ? props.countries.find((c) => c.value === value)?.label
      : field === "areas"
        ? props.areas.find((a) => a.id === value)?.name
        : field === "recipients"
          ? props.members.find((m) => m.id === value)?.name
          : undefined) ?? value;
  const restricted = draft.distribution === "RESTRICTED";

  return (
    <form
      className="space-y-5"
      noValidate
      aria-label={props.mode === "create" ? t("newBrief") : t("edit")}
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
      {conflict && <ConflictPanel conflict={conflict} nameOf={nameOf} onUseMine={() => save(conflict.version)} />}

      <div className="space-y-1">
        <label htmlFor={f("title")} className="block text-sm font-medium">
          {t("titleField")}
        </label>
        <input
          id={f("title")}
          className={input}
          value={draft.title}
          onChange={(e) => update("title", e.target.value)}
          maxLength={300}
          required
          aria-invalid={errors("title").length > 0}
          aria-describedby={describedBy("title", f("title"))}
        />
        {fieldError("title", f("title"))}
      </div>

      <div className="space-y-1">
        <label htmlFor={f("summary")} className="block text-sm font-medium">
          {t("summary")}
        </label>
        <textarea
          id={f("summary")}
          className={input}
          rows={3}
          value={draft.summary}
          onChange={(e) => update("summary", e.target.value)}
          aria-invalid={errors("summary").length > 0}
          aria-describedby={describedBy("summary", f("summary"), true)}
        />
        <p id={`${f("summary")}-hint`} className="text-xs text-slate-500">
          {t("summaryHint")}
        </p>
        {fieldError("summary", f("summary"))}
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={f("category")} className="block text-sm font-medium">
            {t("category")}
          </label>
          <select
            id={f("category")}
            className={input}
            value={draft.category}
            onChange={(e) => update("category", e.target.value)}
            aria-invalid={errors("category").length > 0}
            aria-describedby={describedBy("category", f("category"))}
          >
            {/* Required: a prompt that cannot be chosen again, not the search filter's "any". */}
            <option value="" disabled>
              {t("chooseCategory")}
            </option>
            <SelectOptions options={CATEGORIES.map((c) => ({ value: c, label: v(`category.${c}`) }))} />
          </select>
          {fieldError("category", f("category"))}
        </div>
        <div className="space-y-1">
          <label htmlFor={f("distribution")} className="block text-sm font-medium">
            {t("distribution")}
          </label>
          <select
            id={f("distribution")}
            className={input}
            value={draft.distribution}
            onChange={(e) => update("distribution", e.target.value)}
            aria-invalid={errors("distribution").length > 0}
            aria-describedby={describedBy("distribution", f("distribution"), true)}
          >
            <SelectOptions
              options={DISTRIBUTIONS.map((d) => ({ value: d, label: `${TLP_LABELS[d]} · ${v(`distribution.${d}`)}` }))}
            />
          </select>
          <p id={`${f("distribution")}-hint`} className="text-xs text-slate-500">
            {t("distributionHint")}
          </p>
          {fieldError("distribution", f("distribution"))}
        </div>
      </div>

      {restricted && (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">{t("recipients")}</legend>
          <p className="text-xs text-slate-500">{t("recipientsHint")}</p>
          <div className="grid gap-1 sm:grid-cols-2">
            {props.members.map((m) => (
              <label key={m.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={draft.recipients.includes(m.id)}
                  onChange={(e) =>
                    update(
                      "recipients",
                      e.target.checked ? [...draft.recipients, m.id] : draft.recipients.filter((r) => r !== m.id),
                    )
                  }
                />
                {m.name} <span className="text-slate-500">({m.institution})</span>
              </label>
            ))}
          </div>
          {fieldError("recipients", f("recipients"))}
        </fieldset>
      )}

      <MultiSelect
        label={t("countries")}
        hint={t("countriesHint")}
        errors={errors("countries")}
        options={props.countries}
        value={draft.countries}
        onChange={(countries) => update("countries", countries)}
      />

      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t("areas")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {props.areas.map((a) => (
            <label key={a.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={draft.areas.includes(a.id)}
                onChange={(e) =>
                  update("areas", e.target.checked ? [...draft.areas, a.id] : draft.areas.filter((x) => x !== a.id))
                }
              />
              {a.name}
            </label>
          ))}
        </div>
        {fieldError("areas", f("areas"))}
      </fieldset>

      <div className="space-y-1">
        <label htmlFor={f("body")} className="block text-sm font-medium">
          {t("body")}
        </label>
        <textarea
          id={f("body")}
          className={`${input} font-mono`}
          rows={14}
          value={draft.body}
          onChange={(e) => update("body", e.target.value)}
          aria-invalid={errors("body").length > 0}
          aria-describedby={describedBy("body", f("body"), true)}
        />
        <p id={`${f("body")}-hint`} className="text-xs text-slate-500">
          {t("bodyHint")}
        </p>
        {fieldError("body", f("body"))}
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{t("sources")}</legend>
        {draft.sources.map((s, i) => (
          <div
            key={i}
            role="group"
            aria-label={t("sourceRow", { n: i + 1 })}
            className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-2"
          >
            {(["publisher", "title", "url", "date"] as const).map((key) => (
              <div key={key} className="space-y-1">
                <label
                  htmlFor={f(`source-${i}-${key}`)}
                  className="block text-xs font-medium"
                >{`${t(key === "title" ? "sourceTitle" : key)} (${t("sourceRow", { n: i + 1 })})`}</label>
                <input
                  id={f(`source-${i}-${key}`)}
                  type={key === "date" ? "date" : key === "url" ? "url" : "text"}
                  className={input}
                  value={s[key]}
                  onChange={(e) =>
                    update(
                      "sources",
                      draft.sources.map((row, j) => (j === i ? { ...row, [key]: e.target.value } : row)),
                    )
                  }
                  aria-invalid={errors(`sources.${i}.${key}`).length > 0}
                  aria-describedby={describedBy(`sources.${i}.${key}`, f(`source-${i}-${key}`))}
                />
                {fieldError(`sources.${i}.${key}`, f(`source-${i}-${key}`))}
              </div>
            ))}
            <div className="sm:col-span-2">
              <button
                type="button"
                className={buttonClass("ghost", "sm")}
                onClick={() =>
                  update(
                    "sources",
                    draft.sources.filter((_, j) => j !== i),
                  )
                }
              >
                {t("removeSource", { n: i + 1 })}
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          className={buttonClass("secondary", "sm")}
          onClick={() => update("sources", [...draft.sources, { publisher: "", title: "", url: "", date: "" }])}
        >
          {t("addSource")}
        </button>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
        <button type="submit" className={buttonClass("primary")} disabled={pending}>
          {pending ? t("saving") : props.mode === "create" ? t("createDraft") : t("saveChanges")}
        </button>
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
