import { getTranslations } from "next-intl/server";
import { committeeTree } from "@/components/subcommittees/committee-tree";
import { Card, PageHeader } from "@/components/ui/card";
import { RowHeader, Table, Td } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { committeeSummaries, rollUpOf } from "@/lib/followups/scorecard";
import { requireUser } from "@/lib/server/session";

export default async function ScorecardsPage() {
  const user = await requireUser();
  const [committees, t] = await Promise.all([committeeSummaries(user), getTranslations("scorecards")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <Table
          caption={t("title")}
          columns={[
            t("committee"),
            { label: t("followUps"), align: "end" },
            { label: t("totalWithSubs"), align: "end" },
            { label: t("statuses.DONE"), align: "end" },
            { label: t("overdue"), align: "end" },
            { label: t("onTimeRate"), align: "end" },
            { label: t("avgDaysOverdue"), align: "end" },
          ]}
          empty={t("empty")}
        >
          {committeeTree(committees).flatMap(({ committee, subs }) =>
            [committee, ...subs].map((c) => (
              <tr key={c.id}>
                <RowHeader className={c === committee ? "" : "pl-6"}>
                  <TextLink href={`/committees/${c.id}/scorecard`} className="font-medium">
                    {c.name}
                  </TextLink>
                  <div className="text-xs text-slate-500">{c === committee ? c.workspace : t("subCommittee")}</div>
                </RowHeader>
                <Td align="end">{c.total}</Td>
                <Td align="end">{c === committee && subs.length ? rollUpOf([c, ...subs]).total.total : t("none")}</Td>
                <Td align="end">{c.byStatus.DONE}</Td>
                <Td align="end" className={c.overdue ? "font-semibold text-red-700" : ""}>
                  {c.overdue}
                </Td>
                <Td align="end">{c.onTimeRate === null ? t("none") : `${c.onTimeRate}%`}</Td>
                <Td align="end">{c.avgDaysOverdue === null ? t("none") : t("days", { count: c.avgDaysOverdue })}</Td>
              </tr>
            )),
          )}
        </Table>
      </Card>
    </>
  );
}
