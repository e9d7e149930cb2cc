import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { committeeSummaries } from "@/lib/followups/scorecard";
import { requireUser } from "@/lib/server/session";

export default async function ScorecardsPage() {
  const user = await requireUser();
  const [committees, t] = await Promise.all([committeeSummaries(user), getTranslations("scorecards")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        {committees.length ? (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("title")}</caption>
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("committee")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("followUps")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("statuses.DONE")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("overdue")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("onTimeRate")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("avgDaysOverdue")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {committees.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <Link
                        href={`/committees/${c.id}/scorecard`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {c.name}
                      </Link>
                      <div className="text-xs text-slate-500">{c.workspace}</div>
                    </th>
                    <td className="py-2 pr-3 text-right tabular-nums">{c.total}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{c.byStatus.DONE}</td>
                    <td
                      className={`py-2 pr-3 text-right tabular-nums ${c.overdue ? "font-semibold text-red-700" : ""}`}
                    >
                      {c.overdue}
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums">
                      {c.onTimeRate === null ? t("none") : `${c.onTimeRate}%`}
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums">
                      {c.avgDaysOverdue === null ? t("none") : t("days", { count: c.avgDaysOverdue })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState>{t("empty")}</EmptyState>
        )}
      </Card>
    </>
  );
}
