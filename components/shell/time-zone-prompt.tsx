"use client";
// Asked once, inside the signed-in shell, while a person has no time zone: their browser's zone
// offered in one click, or the account page to choose another. Never a redirect (a deep link
// being opened must keep its target) and never blocking: times show in UTC, named, meanwhile.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { ActionFormView } from "@/components/forms/action-form-view";
import { SubmitButton } from "@/components/forms/fields";
import { buttonClass } from "@/components/ui/button";
import { setTimeZoneAction } from "@/lib/account/actions";
import type { ActionState } from "@/lib/server/action";

export function TimeZonePrompt() {
  const t = useTranslations("timeZones");
  const router = useRouter();
  // Known only in the browser, so read after the first render.
  const [browserZone, setBrowserZone] = useState<string | null>(null);
  useEffect(() => setBrowserZone(Intl.DateTimeFormat().resolvedOptions().timeZone || null), []);
  const [state, action, pending] = useActionState(setTimeZoneAction, { status: "idle" } as ActionState<{
    timeZone: string;
  }>);
  useEffect(() => {
    if (state.status === "ok") router.refresh();
  }, [state, router]);
  return (
    <section
      aria-label={t("promptLabel")}
      className="border-b border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3">
        <p className="flex-1">{browserZone ? t("promptBody", { zone: browserZone }) : t("promptBodyUnknown")}</p>
        {browserZone && (
          <ActionFormView
            id="time-zone-prompt"
            state={state}
            action={action}
            pending={pending}
            className="flex items-center gap-2"
          >
            <input type="hidden" name="timeZone" value={browserZone} />
            <SubmitButton size="sm">{t("use", { zone: browserZone })}</SubmitButton>
          </ActionFormView>
        )}
        <Link href="/account#time-zone" className={buttonClass("secondary", "sm")}>
          {t("chooseAnother")}
        </Link>
      </div>
    </section>
  );
}
