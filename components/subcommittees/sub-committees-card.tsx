// A committee's sub-committees on its page (issue 12, item 4): the list, and for managers of a
// committee that is not itself a sub-committee, "Add sub-committee" with the parent's sides.
import { getTranslations } from "next-intl/server";
import { Badge, Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { workspacePeople } from "@/lib/committees/form-options";
import type { Actor } from "@/lib/server/actor";
import { SubCommitteeForm } from "./sub-committee-form";

interface CommitteeWithFamily {
  id: string;
  workspaceId: string;
  parent: { id: string; name: string } | null;
  subCommittees: { id: string; name: string; kind: string }[];
  countries: { countryCode: string }[];
  sides: { name: string; institutions: { institution: { id: string } }[]; coChairs: { user: { id: string } }[] }[];
  can: { manage: boolean };
}

export async function SubCommitteesCard({ user, committee }: { user: Actor; committee: CommitteeWithFamily }) {
  if (committee.parent) return null; // one level only
  const t = await getTranslations("subcommittees");
  const tc = await getTranslations("committees");
  const canAdd = committee.can.manage;
  if (!canAdd && !committee.subCommittees.length) return null;
  const people = canAdd ? await workspacePeople(user, committee.workspaceId) : null;
  return (
    <Card title={t("title")}>
      {committee.subCommittees.length ? (
        <ul className="space-y-2 text-sm" aria-label={t("title")}>
          {committee.subCommittees.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center gap-2">
              <TextLink href={`/committees/${s.id}`} className="font-medium">
                {s.name}
              </TextLink>
              <Badge>{tc(`kinds.${s.kind}`)}</Badge>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("none")}</p>
      )}
      {people && (
        <details className="mt-4 border-t border-slate-100 pt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("add")}</summary>
          <div className="mt-3">
            <SubCommitteeForm
              parent={{
                id: committee.id,
                workspaceId: committee.workspaceId,
                countries: committee.countries.map((c) => c.countryCode),
                sides: committee.sides.map((s) => ({
                  name: s.name,
                  institutionIds: s.institutions.map((i) => i.institution.id),
                  coChairIds: s.coChairs.map((c) => c.user.id),
                })),
              }}
              institutions={people.institutions}
              members={people.members}
            />
          </div>
        </details>
      )}
    </Card>
  );
}

/** "Sub-committee of <parent>", linked, under a sub-committee's title. */
export async function SubCommitteeOf({ parent }: { parent: { id: string; name: string } | null }) {
  if (!parent) return null;
  const t = await getTranslations("subcommittees");
  return (
    <p className="-mt-4 mb-4 text-sm text-slate-700">
      {t.rich("subCommitteeOf", {
        name: parent.name,
        link: (chunks) => <TextLink href={`/committees/${parent.id}`}>{chunks}</TextLink>,
      })}
    </p>
  );
}
