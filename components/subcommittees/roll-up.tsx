// The roll-up on a parent's scorecard (issue 12, item 4): its own follow-up figures, each
// sub-committee's, and the total with sub-committees, as a table and a stacked chart (whose
// table and CSV carry the same numbers: the `rollup` dataset).
import { getTranslations } from "next-intl/server";
import { ChartCard } from "@/components/charts/chart-card";
import { Card } from "@/components/ui/card";
import { RowHeader, Table, Td } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { Dataset } from "@/lib/charts/dataset";
import type { RollUp } from "@/lib/followups/scorecard";

export async function RollUpCard({ rollUp, dataset, csvHref }: { rollUp: RollUp; dataset: Dataset; csvHref: string }) {
  const t = await getTranslations("scorecards");
  const rate = (r: number | null) => (r === null ? t("none") : `${r}%`);
  const statuses = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"] as const;
  return (
    <div className="space-y-6 lg:col-span-2">
      <Card title={t("rollUp")}>
        <p className="mb-3 text-sm text-slate-600">{t("rollUpNote")}</p>
        <Table
          caption={t("rollUp")}
          columns={[
            t("committee"),
            { label: t("followUps"), align: "end" },
            ...statuses.map((s) => ({ label: t(`statuses.${s}`), align: "end" as const })),
            { label: t("overdue"), align: "end" },
            { label: t("onTimeRate"), align: "end" },
          ]}
          empty={t("none")}
        >
          {rollUp.rows.map((c) => (
            <tr key={c.id}>
              <RowHeader>
                <TextLink href={`/committees/${c.id}/scorecard`}>{c.name}</TextLink>
              </RowHeader>
              <Td align="end">{c.total}</Td>
              {statuses.map((s) => (
                <Td key={s} align="end">
                  {c.byStatus[s]}
                </Td>
              ))}
              <Td align="end" className={c.overdue ? "font-semibold text-red-700" : ""}>
                {c.overdue}
              </Td>
              <Td align="end">{rate(c.onTimeRate)}</Td>
            </tr>
          ))}
          <tr className="border-t-2 border-slate-300 font-semibold">
            <RowHeader className="font-semibold">{t("rollUpTotal")}</RowHeader>
            <Td align="end">{rollUp.total.total}</Td>
            {statuses.map((s) => (
              <Td key={s} align="end">
                {rollUp.total.byStatus[s]}
              </Td>
            ))}
            <Td align="end" className={rollUp.total.overdue ? "text-red-700" : ""}>
              {rollUp.total.overdue}
            </Td>
            <Td align="end">{rate(rollUp.total.onTimeRate)}</Td>
          </tr>
        </Table>
      </Card>
      <ChartCard title={t("rollUp")} dataset={dataset} kind="stacked" csvHref={csvHref} />
    </div>
  );
}
