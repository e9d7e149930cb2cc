"use client";
// Every chart in Accord: a Dataset drawn by Recharts as bars (side by side or stacked,
// vertical or horizontal) or lines. The numbers are also in the table and CSV beside it.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { axisLabels, type Dataset } from "@/lib/charts/dataset";

export type ChartKind = "bar" | "stacked" | "horizontal" | "line";

const COLORS = ["#1d5fbf", "#c2410c", "#15803d", "#7c3aed", "#b91c1c", "#0f766e", "#a16207"];

export function Chart({
  dataset,
  kind,
  label,
  height = 288,
}: {
  dataset: Dataset;
  kind: ChartKind;
  label: string;
  height?: number;
}) {
  // Axis names are short and distinct; the tooltip shows the full label.
  const names = axisLabels(dataset.rows.map((r) => r.short ?? r.label));
  const data = dataset.rows.map((r, i) => ({ name: names[i], label: r.label, ...r.values }));
  const legend = dataset.series.length > 1 ? <Legend /> : null;
  const horizontal = kind === "horizontal";
  // Percentages are read against the whole: the value axis runs 0–100 %, whatever the data.
  const percent = dataset.series.length > 0 && dataset.series.every((s) => s.unit === "percent");
  const valueAxis = {
    allowDecimals: false,
    fontSize: 12,
    ...(percent && { domain: [0, 100], ticks: [0, 25, 50, 75, 100], tickFormatter: (v: number) => `${v}%` }),
  };
  const tooltip = (
    <Tooltip
      labelFormatter={(name, payload) => payload?.[0]?.payload?.label ?? name}
      formatter={(value) => (percent ? `${value}%` : value)}
    />
  );
  // Long category names (fields, countries) read better down the side than along the bottom.
  const rowsHeight = horizontal ? Math.max(height, data.length * 28 + 40) : height;
  return (
    <div role="img" aria-label={label} className="w-full" style={{ height: rowsHeight }}>
      <ResponsiveContainer width="100%" height="100%">
        {kind === "line" ? (
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="name" fontSize={12} />
            <YAxis {...valueAxis} />
            {tooltip}
            {legend}
            {dataset.series.map((s, i) => (
              <Line
                key={s.key}
                type="monotone"
                dataKey={s.key}
                name={s.label}
                stroke={s.color ?? COLORS[i % COLORS.length]}
                strokeWidth={2}
                dot={data.length < 30}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        ) : (
          <BarChart
            data={data}
            layout={horizontal ? "vertical" : "horizontal"}
            margin={{ top: 8, right: 16, bottom: 8, left: horizontal ? 8 : 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            {horizontal ? (
              <>
                <XAxis type="number" {...valueAxis} />
                <YAxis type="category" dataKey="name" width={150} fontSize={12} interval={0} />
              </>
            ) : (
              <>
                <XAxis dataKey="name" fontSize={12} />
                <YAxis {...valueAxis} />
              </>
            )}
            {tooltip}
            {legend}
            {dataset.series.map((s, i) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={s.color ?? COLORS[i % COLORS.length]}
                stackId={kind === "stacked" ? "all" : undefined}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
