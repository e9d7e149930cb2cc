"use client";
// "Plan the next session" from a held one (issue 12, item 3): prefilled, then one submit.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ActionFormView } from "@/components/forms/action-form-view";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { planNextSessionAction } from "@/lib/committees/series-actions";
import type { ActionState } from "@/lib/server/action";

export function PlanNextForm({
  heldSessionId,
  proposal,
}: {
  heldSessionId: string;
  proposal: { title: string; startsAt: string; endsAt: string; timeZone: string; place: string; onlineUrl: string };
}) {
  const t = useTranslations("series");
  const tc = useTranslations("committees");
  const router = useRouter();
  const [state, action, pending] = useActionState(planNextSessionAction, { status: "idle" } as ActionState<{
    id: string;
    href: string;
  }>);
  useEffect(() => {
    if (state.status === "ok") router.push(state.data.href);
  }, [state, router]);
  return (
    <ActionFormView
      id="plan-next"
      state={state as ActionState<unknown>}
      action={action}
      pending={pending}
      label={t("planNext")}
      resetOnSuccess={false}
    >
      <input type="hidden" name="heldSessionId" value={heldSessionId} />
      <TextField name="title" label={tc("sessionTitle")} defaultValue={proposal.title} required />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="startsAt"
          type="datetime-local"
          label={tc("startsAt")}
          defaultValue={proposal.startsAt}
          required
        />
        <TextField name="endsAt" type="datetime-local" label={tc("endsAt")} defaultValue={proposal.endsAt} required />
      </div>
      <TextField
        name="timeZone"
        label={tc("timeZone")}
        hint={tc("timeZoneHint")}
        defaultValue={proposal.timeZone}
        required
      />
      <TextField name="place" label={tc("place")} defaultValue={proposal.place} />
      <TextField name="onlineUrl" type="url" label={tc("onlineUrl")} defaultValue={proposal.onlineUrl} />
      <SubmitButton pendingLabel={t("planning")}>{t("planButton")}</SubmitButton>
    </ActionFormView>
  );
}
