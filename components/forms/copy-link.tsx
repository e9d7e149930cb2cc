"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

export function CopyLink({ link, label }: { link: string; label: string }) {
  const t = useTranslations("common");
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block break-words text-xs font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={link}
          className="w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="shrink-0 whitespace-nowrap rounded border border-green-400 bg-white px-2 py-1 text-xs font-medium hover:bg-green-100"
          onClick={async () => {
            await navigator.clipboard?.writeText(link).catch(() => {});
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}
