"use client";
// Briefs per month for the top countries, drawn by Recharts; the same numbers are in the
// table beside it (for screen readers and for checking) and in the CSV download.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLORS = ["#1d5fbf", "#c2410c", "#15803d", "#7c3aed", "#b91c1c"];

export function TimelineChart({ series, countries, names, label }: { series: Record<string, number | string>[]; countries: string[]; names: Record<string, string>; label: string }) {
  return (
    <div role="img" aria-label={label} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={series} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend />
          {countries.map((c, i) => (
            <Line key={c} type="monotone" dataKey={c} name={names[c] ?? c} stroke={COLORS[i % COLORS.length]} strokeWidth={2} dot={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
