// A committee scorecard as chart datasets, one per chart; the page and the CSV route both
// build them here so the chart, its table and its CSV show the same numbers.
import type { Dataset } from "@/lib/charts/dataset";
import type { ScorecardChart } from "./schemas";
import { type CommitteeScorecard, STATUS_ORDER } from "./scorecard";

type Translate = (key: string) => string;

const STATUS_COLORS: Record<string, string> = {
  OPEN: "#1d5fbf",
  IN_PROGRESS: "#0e7490",
  BLOCKED: "#b45309",
  DONE: "#15803d",
  CANCELLED: "#94a3b8",
};

export function scorecardDatasets(
  score: CommitteeScorecard,
  t: Translate,
  formatDate: (d: Date) => string,
): Record<ScorecardChart, Dataset> {
  const statusSeries = STATUS_ORDER.map((s) => ({ key: s, label: t(`statuses.${s}`), color: STATUS_COLORS[s] }));
  const point = (p: CommitteeScorecard["trend"][number]) =>
    p.isToday
      ? { key: "today", label: t("today") }
      : { key: p.key, label: `${p.label} (${formatDate(p.date)})`, short: formatDate(p.date) };
  return {
    status: {
      dimension: "status",
      series: [{ key: "followUps", label: t("followUps") }],
      rows: STATUS_ORDER.map((s) => ({
        key: s,
        label: t(`statuses.${s}`),
        values: { followUps: score.summary.byStatus[s] },
      })),
    },
    side: {
      dimension: "side",
      series: statusSeries,
      rows: score.bySide.map((s) => ({ key: s.id, label: s.name, values: { ...s.byStatus } })),
    },
    items: {
      dimension: "agendaItem",
      series: [
        { key: "progress", label: t("avgProgress"), unit: "percent" },
        { key: "followUps", label: t("followUps") },
      ],
      rows: [...score.byItem].map(([id, item]) => ({
        key: id,
        label: item.title,
        values: { progress: item.avgProgress, followUps: item.total },
      })),
    },
    trend: {
      dimension: "session",
      series: [
        { key: "total", label: t("trendTotal"), color: "#1d5fbf" },
        { key: "done", label: t("trendDone"), color: STATUS_COLORS.DONE },
        { key: "overdue", label: t("trendOverdue"), color: "#b91c1c" },
      ],
      rows: score.trend.map((p) => ({ ...point(p), values: { total: p.total, done: p.done, overdue: p.overdue } })),
    },
    rollup: {
      dimension: "committee",
      series: statusSeries,
      rows: [
        ...score.rollUp.rows.map((c) => ({ key: c.id, label: c.name, values: { ...c.byStatus } })),
        { key: "total", label: t("rollUpTotal"), values: { ...score.rollUp.total.byStatus } },
      ],
    },
    onTime: {
      dimension: "session",
      series: [{ key: "onTimeRate", label: t("onTimeRate"), unit: "percent" }],
      rows: score.trend.map((p) => ({ ...point(p), values: { onTimeRate: p.onTimeRate ?? 0 } })),
    },
  };
}
