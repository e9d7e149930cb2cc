"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useTransition } from "react";
import { SelectOptions } from "@/components/ui/select-options";
import { LOCALE_LABELS, LOCALES } from "@/i18n/locales";
import { setLocaleAction } from "@/lib/account/actions";

export function LanguageSwitch() {
  const t = useTranslations("shell");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex items-center gap-1 text-sm">
      <label htmlFor={id} className="sr-only">
        {t("language")}
      </label>
      <select
        id={id}
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value;
          startTransition(async () => {
            const form = new FormData();
            form.set("locale", next);
            await setLocaleAction({ status: "idle" }, form);
            router.refresh();
          });
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        <SelectOptions options={LOCALES.map((l) => ({ value: l, label: LOCALE_LABELS[l], lang: l }))} />
      </select>
    </div>
  );
}
