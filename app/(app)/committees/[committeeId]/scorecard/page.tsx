import { getFormatter, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ChartCard } from "@/components/charts/chart-card";
import { ChartsLoading } from "@/components/charts/charts-loading";
import { RollUpCard } from "@/components/subcommittees/roll-up";
import { PageHeader } from "@/components/ui/card";
import { Figures } from "@/components/ui/figures";
import { TextLink } from "@/components/ui/text-link";
import { findCommittee } from "@/lib/committees/service";
import { committeeScorecard } from "@/lib/followups/scorecard";
import { scorecardDatasets } from "@/lib/followups/scorecard-datasets";
import type { Actor } from "@/lib/server/actor";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

export default async function CommitteeScorecardPage({ params }: { params: Promise<{ committeeId: string }> }) {
  const user = await requireUser();
  const { committeeId } = await params;
  // The access check comes before anything streams, so an unknown committee is a real 404.
  const committee = await orNotFound(findCommittee(user, committeeId));
  const t = await getTranslations("scorecards");
  return (
    <>
      <PageHeader
        title={t("titleFor", { name: committee.name })}
        description={t("description")}
        actions={
          <TextLink href={`/committees/${committeeId}`} className="text-sm">
            {t("backToCommittee")}
          </TextLink>
        }
      />
      <Suspense fallback={<ChartsLoading />}>
        <ScorecardCharts user={user} committeeId={committeeId} />
      </Suspense>
    </>
  );
}

async function ScorecardCharts({ user, committeeId }: { user: Actor; committeeId: string }) {
  const score = await committeeScorecard(user, committeeId);
  const t = await getTranslations("scorecards");
  const format = await getFormatter();
  const data = scorecardDatasets(
    score,
    (k) => t(k),
    (d) => format.dateTime(d, { dateStyle: "medium" }),
  );
  const csv = (chart: string) => `/api/committees/${committeeId}/scorecard?chart=${chart}`;
  const { summary } = score;
  const figures = [
    [t("followUps"), String(summary.total)],
    [t("overdue"), String(summary.overdue)],
    [t("onTimeRate"), summary.onTimeRate === null ? t("none") : `${summary.onTimeRate}%`],
    [t("avgDaysOverdue"), summary.avgDaysOverdue === null ? t("none") : t("days", { count: summary.avgDaysOverdue })],
  ] as const;
  return (
    <>
      <Figures items={figures} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartCard title={t("byStatus")} dataset={data.status} kind="bar" csvHref={csv("status")} />
        <ChartCard title={t("bySide")} dataset={data.side} kind="stacked" csvHref={csv("side")} />
        <ChartCard
          title={t("byItem")}
          dataset={data.items}
          kind="horizontal"
          plot={["progress"]}
          csvHref={csv("items")}
          className="lg:col-span-2"
        />
        {score.rollUp.rows.length > 1 && (
          <RollUpCard rollUp={score.rollUp} dataset={data.rollup} csvHref={csv("rollup")} />
        )}
        <ChartCard title={t("trend")} dataset={data.trend} kind="line" csvHref={csv("trend")} note={t("trendNote")} />
        <ChartCard
          title={t("onTimeTrend")}
          dataset={data.onTime}
          kind="line"
          csvHref={csv("onTime")}
          note={t("onTimeNote")}
        />
      </div>
    </>
  );
}
