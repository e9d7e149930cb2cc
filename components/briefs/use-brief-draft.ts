"use client";
// The brief form's state and its server round trips: explicit save, autosave for drafts (2.5 s
// after the last change), and "submit for review" (which saves unsaved changes first). Saving
// sends the version the form was loaded at; the server refuses a stale one and sends back what
// the saved brief says now (the conflict).
import { useRouter } from "next/navigation";
import { useFormatter } from "next-intl";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { createBriefAction, saveBriefAction, submitBriefAction } from "@/lib/briefs/actions";
import type { BriefConflict } from "@/lib/briefs/service";
import type { ActionState } from "@/lib/server/action";

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

export interface BriefDraftOptions {
  mode: "create" | "edit";
  workspaceId: string;
  briefId?: string;
  version?: number;
  status?: string;
  initial: BriefDraft;
}

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

export function useBriefDraft(options: BriefDraftOptions) {
  const router = useRouter();
  // The reader's zone (next-intl's config), named, not whatever zone the browser happens to be in.
  const format = useFormatter();
  const [draft, setDraft] = useState<BriefDraft>(options.initial);
  const [version, setVersion] = useState(options.version ?? 0);
  const [dirty, setDirty] = useState(false);
  const [state, setState] = useState<ActionState<unknown>>({ status: "idle" });
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const autosave = options.mode === "edit" && options.status === "DRAFT";
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflict = state.status === "error" && state.error === "stale_brief" ? (state.details as BriefConflict) : null;
  const { mode, workspaceId, briefId } = options;

  const update = <K extends keyof BriefDraft>(key: K, value: BriefDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setDirty(true);
  };

  /** Saves the draft; the new version on success, null when refused (the state says why). */
  const saveNow = useCallback(
    async (atVersion: number): Promise<number | null> => {
      const result = await saveBriefAction(
        { status: "idle" },
        toFormData(draft, { briefId: briefId!, version: String(atVersion) }),
      );
      setState(result);
      if (result.status !== "ok") return null;
      setVersion(result.data.version);
      setSavedAt(
        format.dateTime(new Date(result.data.savedAt), {
          hour: "2-digit",
          minute: "2-digit",
          second: "2-digit",
          hourCycle: "h23",
          timeZoneName: "short",
        }),
      );
      setDirty(false);
      return result.data.version;
    },
    [draft, briefId, format],
  );

  const save = useCallback(
    (overrideVersion?: number) => {
      startTransition(async () => {
        if (mode === "create") {
          const result = await createBriefAction({ status: "idle" }, toFormData(draft, { workspaceId }));
          setState(result);
          if (result.status === "ok") router.push(result.data.href);
          return;
        }
        if ((await saveNow(overrideVersion ?? version)) !== null) router.refresh();
      });
    },
    [draft, mode, workspaceId, version, router, saveNow],
  );

  const submitForReview = () => {
    if (timer.current) clearTimeout(timer.current);
    startTransition(async () => {
      const current = dirty ? await saveNow(version) : version;
      if (current === null) return;
      const data = new FormData();
      data.set("briefId", briefId!);
      data.set("version", String(current));
      const result = await submitBriefAction({ status: "idle" }, data);
      setState(result);
      if (result.status === "ok") router.push(`/briefs/${briefId}`);
    });
  };

  useEffect(() => {
    if (!autosave || !dirty || conflict) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => save(), 2500);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [autosave, dirty, conflict, save]);

  return { draft, update, state, conflict, pending, dirty, savedAt, autosave, save, submitForReview };
}
