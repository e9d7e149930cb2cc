// Under a decision of a committee with sub-committees (issue 12, item 4): "Delegated to <sub>:
// <item>" once delegated, else, for managers, "Delegate to sub-committee".
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import type { DelegatedItem } from "@/lib/committees/subcommittees";
import { DelegateDecisionForm } from "./delegate-form";

export interface Delegations {
  subCommittees: { id: string; name: string }[];
  delegated: Map<string, DelegatedItem>;
  canDelegate: boolean;
}

export async function DecisionDelegation({
  decisionId,
  title,
  delegations,
}: {
  decisionId: string;
  title: string;
  delegations: Delegations;
}) {
  const t = await getTranslations("subcommittees");
  const item = delegations.delegated.get(decisionId);
  if (item)
    return (
      <p className="mt-1 text-sm text-slate-700">
        {t.rich("delegatedTo", {
          committee: item.committee.name,
          item: item.title,
          link: (chunks) => <TextLink href={`/agenda-items/${item.id}`}>{chunks}</TextLink>,
        })}
      </p>
    );
  if (!delegations.canDelegate) return null;
  return (
    <div className="mt-2">
      <DelegateDecisionForm decisionId={decisionId} title={title} subCommittees={delegations.subCommittees} />
    </div>
  );
}

/** "Delegated by <parent>, decision of <session>" on an item a sub-committee received. */
export async function DelegatedFrom({
  from,
}: {
  from: {
    text: string;
    session: { id: string; title: string; committee: { id: string; name: string } };
  } | null;
}) {
  if (!from) return null;
  const t = await getTranslations("subcommittees");
  return (
    <div className="-mt-2 mb-4 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-800">
      <p>
        {t.rich("delegatedBy", {
          committee: from.session.committee.name,
          session: from.session.title,
          parent: (chunks) => <TextLink href={`/committees/${from.session.committee.id}`}>{chunks}</TextLink>,
          sessionLink: (chunks) => <TextLink href={`/sessions/${from.session.id}`}>{chunks}</TextLink>,
        })}
      </p>
      <p className="mt-1 text-slate-600">{t("delegatedDecision", { text: from.text })}</p>
    </div>
  );
}
