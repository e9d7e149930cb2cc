// The numbers behind a chart, in one shape: the chart draws them, the table beside it lists
// them and the CSV download writes them (lib/charts/dataset-csv.ts), so the three cannot disagree.
export interface Dataset {
  /** Column name of the first (category) column in the table and the CSV. */
  dimension: string;
  /**
   * `color` when a series has a meaning of its own (done is green, overdue red…); `unit`
   * "percent" when its values are percentages (the axis then runs 0–100 %).
   */
  series: { key: string; label: string; color?: string; unit?: "percent" }[];
  /** `short`, when given, names the row on the chart's axis; tables and CSV use `label`. */
  rows: { key: string; label: string; short?: string; values: Record<string, number> }[];
}

/** Percentage of a total, rounded to one decimal; 0 when the total is 0. */
export function share(part: number, total: number): number {
  return total ? Math.round((part / total) * 1000) / 10 : 0;
}

const cutEnd = (label: string, max: number) => (label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label);

const cutMiddle = (label: string, max: number) => {
  if (label.length <= max) return label;
  const head = Math.ceil((max - 1) / 2);
  return `${label.slice(0, head).trimEnd()}…${label.slice(label.length - (max - 1 - head)).trimStart()}`;
};

const repeated = (names: string[]) => {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return (name: string) => (counts.get(name) ?? 0) > 1;
};

/**
 * Names for a chart axis, at most `max` characters, never two alike (Recharts would draw two
 * bars under one name): labels cut at the end; those that would then read the same keep their
 * start and end instead; any still alike get their position, "(2)". Tooltips and tables show
 * the full label.
 */
export function axisLabels(labels: readonly string[], max = 24): string[] {
  const ends = labels.map((l) => cutEnd(l, max));
  const endAlike = repeated(ends);
  const names = ends.map((n, i) => (endAlike(n) ? cutMiddle(labels[i], max) : n));
  const alike = repeated(names);
  const seen = new Map<string, number>();
  return names.map((n, i) => {
    if (!alike(n)) return n;
    const position = (seen.get(n) ?? 0) + 1;
    seen.set(n, position);
    const suffix = ` (${position})`;
    return `${cutEnd(labels[i], max - suffix.length)}${suffix}`;
  });
}
