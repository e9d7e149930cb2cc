import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { committeeTree, SubCommitteeLinks } from "@/components/subcommittees/committee-tree";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { managedWorkspaces } from "@/lib/committees/form-options";
import { listCommittees } from "@/lib/committees/service";
import { countryName } from "@/lib/reference/country-names";
import { requireUser } from "@/lib/server/session";

export default async function CommitteesPage() {
  const user = await requireUser();
  const locale = await getLocale();
  const [committees, managed] = await Promise.all([listCommittees(user), managedWorkspaces(user)]);
  const t = await getTranslations("committees");
  const format = await getFormatter();
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex items-center gap-3">
            {committees.length > 0 && (
              <Link href="/committees/scorecards" className={buttonClass("secondary")}>
                {t("scorecards")}
              </Link>
            )}
            {managed.length > 0 && (
              <Link href="/committees/new" className={buttonClass("primary")}>
                {t("create")}
              </Link>
            )}
          </div>
        }
      />
      {committees.length ? (
        <ul className="grid gap-4 md:grid-cols-2">
          {committeeTree(committees).map(({ committee: c, subs }) => {
            const next = c.sessions[0];
            return (
              <li key={c.id}>
                <Card>
                  <div className="flex flex-wrap items-center gap-2">
                    <TextLink href={`/committees/${c.id}`} className="text-lg font-semibold">
                      {c.name}
                    </TextLink>
                    <Badge>{t(`kinds.${c.kind}`)}</Badge>
                  </div>
                  <p className="mt-1 text-sm text-slate-600">
                    {c.workspace.name} · {c.countries.map((x) => countryName(x.countryCode, locale)).join(" – ")}
                  </p>
                  <p className="mt-1 text-sm">
                    {next
                      ? t("nextSession", {
                          title: next.title,
                          date: format.dateTime(next.startsAt, { dateStyle: "medium" }),
                        })
                      : t("noSession")}
                  </p>
                  <p className="mt-1 text-xs text-slate-500">
                    {t("counts", { items: c._count.agendaItems, followUps: c._count.followUps })}
                  </p>
                  <SubCommitteeLinks subs={subs} />
                </Card>
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState>{t("empty")}</EmptyState>
      )}
    </>
  );
}
