// Committee lists show the hierarchy (issue 12, item 4): sub-committees under their parent.
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

/** Top-level committees, each with its sub-committees (a sub-committee whose parent is not in the
 * list stays at the top level). Order is kept. */
export function committeeTree<C extends { id: string; parentId: string | null }>(committees: C[]) {
  const ids = new Set(committees.map((c) => c.id));
  return committees
    .filter((c) => !c.parentId || !ids.has(c.parentId))
    .map((c) => ({ committee: c, subs: committees.filter((s) => s.parentId === c.id) }));
}

/** The sub-committees of a committee in a list, linked; nothing when there are none. */
export async function SubCommitteeLinks({
  subs,
  hrefOf = (id) => `/committees/${id}`,
}: {
  subs: { id: string; name: string }[];
  hrefOf?: (id: string) => string;
}) {
  if (!subs.length) return null;
  const t = await getTranslations("subcommittees");
  return (
    <div className="mt-2 border-l-2 border-slate-200 pl-3">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("title")}</p>
      <ul className="text-sm">
        {subs.map((s) => (
          <li key={s.id}>
            <TextLink href={hrefOf(s.id)}>{s.name}</TextLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
