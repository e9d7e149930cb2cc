import type { ReactNode } from "react";

/** A row of headline figures (label above, number below) at the top of a dashboard. */
export function Figures({ items }: { items: readonly (readonly [label: string, value: ReactNode])[] }) {
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-xs uppercase text-slate-500">{label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
