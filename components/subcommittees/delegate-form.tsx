"use client";
// "Delegate to sub-committee" on a decision of the parent (issue 12, item 4): choose the
// sub-committee, confirm (a decision is delegated once), then the page shows the link.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ActionFormView } from "@/components/forms/action-form-view";
import { ConfirmSubmit, SelectField } from "@/components/forms/fields";
import { delegateDecisionAction } from "@/lib/committees/subcommittee-actions";
import type { ActionState } from "@/lib/server/action";

export function DelegateDecisionForm({
  decisionId,
  title,
  subCommittees,
}: {
  decisionId: string;
  /** The agenda item's title, naming the form. */
  title: string;
  subCommittees: { id: string; name: string }[];
}) {
  const t = useTranslations("subcommittees");
  const router = useRouter();
  const [state, action, pending] = useActionState(delegateDecisionAction, { status: "idle" } as ActionState<{
    id: string;
    title: string;
    href: string;
    subCommittee: string;
  }>);
  useEffect(() => {
    if (state.status === "ok") router.refresh();
  }, [state, router]);
  if (state.status === "ok")
    return (
      <p role="status" className="text-sm text-green-900">
        {t.rich("delegatedTo", {
          committee: state.data.subCommittee,
          item: state.data.title,
          link: (chunks) => (
            <Link href={state.data.href} className="font-medium text-brand-700 hover:underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    );
  return (
    <ActionFormView
      id={`delegate-${decisionId}`}
      state={state as ActionState<unknown>}
      action={action}
      pending={pending}
      label={`${t("delegate")}: ${title}`}
      className="flex flex-wrap items-end gap-2"
      resetOnSuccess={false}
    >
      <input type="hidden" name="decisionId" value={decisionId} />
      <SelectField
        name="subCommitteeId"
        label={t("delegateTo")}
        options={subCommittees.map((s) => ({ value: s.id, label: s.name }))}
      />
      <ConfirmSubmit
        trigger={t("delegate")}
        variant="secondary"
        size="md"
        title={t("delegateConfirmTitle")}
        confirmLabel={t("delegate")}
      >
        {t("delegateConfirmBody")}
      </ConfirmSubmit>
    </ActionFormView>
  );
}
