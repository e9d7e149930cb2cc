// A chart with its numbers: the card title, a CSV download of the dataset, the chart, and
// the same numbers as a table (for screen readers, and for anyone checking the chart).
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { RowHeader, Table, Td } from "@/components/ui/table";
import type { Dataset } from "@/lib/charts/dataset";
import { Chart, type ChartKind } from "./chart";

export async function ChartCard({
  title,
  dataset,
  kind,
  csvHref,
  className,
  note,
  plot,
  format,
}: {
  title: string;
  dataset: Dataset;
  kind: ChartKind;
  csvHref: string;
  className?: string;
  /** A sentence on how to read the chart, under its title. */
  note?: string;
  /** Series to draw (default: all); the table and CSV always carry every series. */
  plot?: string[];
  format?: (n: number, seriesKey: string) => string;
}) {
  const t = await getTranslations("charts");
  const formatValue =
    format ??
    ((n: number, key: string) => (dataset.series.find((s) => s.key === key)?.unit === "percent" ? `${n}%` : String(n)));
  const empty = dataset.rows.every((r) => dataset.series.every((s) => !r.values[s.key]));
  return (
    <Card
      title={title}
      className={className}
      actions={
        empty ? undefined : (
          <a href={csvHref} className={buttonClass("secondary", "sm")} download>
            {t("csv")}
          </a>
        )
      }
    >
      {note && <p className="mb-2 text-xs text-slate-600">{note}</p>}
      {empty ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <>
          <Chart
            dataset={plot ? { ...dataset, series: dataset.series.filter((s) => plot.includes(s.key)) } : dataset}
            kind={kind}
            label={t("chartLabel", { title })}
          />
          <details className="mt-3">
            <summary className="cursor-pointer text-sm text-brand-700">{t("dataTable")}</summary>
            <div className="mt-2">
              <Table
                caption={title}
                columns={[
                  t(`dimensions.${dataset.dimension}`),
                  ...dataset.series.map((s) => ({ label: s.label, align: "end" as const })),
                ]}
                empty={t("empty")}
              >
                {dataset.rows.map((r) => (
                  <tr key={r.key}>
                    <RowHeader>{r.label}</RowHeader>
                    {dataset.series.map((s) => (
                      <Td key={s.key} align="end">
                        {formatValue(r.values[s.key] ?? 0, s.key)}
                      </Td>
                    ))}
                  </tr>
                ))}
              </Table>
            </div>
          </details>
        </>
      )}
    </Card>
  );
}
