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
import type { Dataset } from "@/lib/charts/dataset";

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
  const data = dataset.rows.map((r) => ({ name: r.short ?? r.label, ...r.values }));
  const legend = dataset.series.length > 1 ? <Legend /> : null;
  const horizontal = kind === "horizontal";
  // Long category names (fields, countries) read better down the side than along the bottom.
  const rowsHeight = horizontal ? Math.max(height, data.length * 28 + 40) : height;
  return (
    <div role="img" aria-label={label} className="w-full" style={{ height: rowsHeight }}>
      <ResponsiveContainer width="100%" height="100%">
        {kind === "line" ? (
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="name" fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} />
            <Tooltip />
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
                <XAxis type="number" allowDecimals={false} fontSize={12} />
                <YAxis type="category" dataKey="name" width={150} fontSize={12} interval={0} />
              </>
            ) : (
              <>
                <XAxis dataKey="name" fontSize={12} />
                <YAxis allowDecimals={false} fontSize={12} />
              </>
            )}
            <Tooltip />
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
