"use client";
import { useParams, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { SelectOptions } from "@/components/ui/select-options";

export function WorkspaceSwitcher({ workspaces }: { workspaces: { id: string; name: string }[] }) {
  const t = useTranslations("shell");
  const router = useRouter();
  const params = useParams<{ workspaceId?: string }>();
  const id = useId();
  return (
    <div className="flex min-w-0 items-center gap-2 text-sm">
      <label htmlFor={id} className="shrink-0 font-medium text-slate-700">
        {t("workspace")}
      </label>
      <select
        id={id}
        value={params.workspaceId ?? ""}
        onChange={(event) => router.push(event.target.value ? `/workspaces/${event.target.value}` : "/workspaces")}
        className="min-w-0 max-w-[16rem] truncate rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        <option value="">{workspaces.length ? t("allWorkspaces") : t("noWorkspaces")}</option>
        <SelectOptions options={workspaces.map((w) => ({ value: w.id, label: w.name }))} />
      </select>
    </div>
  );
}
