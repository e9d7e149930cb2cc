// The numbers behind a chart, in one shape: the chart draws them, the table beside it lists
// them and the CSV download writes them (lib/charts/dataset-csv.ts), so the three cannot disagree.
export interface Dataset {
  /** Column name of the first (category) column in the table and the CSV. */
  dimension: string;
  /** `color` when a series has a meaning of its own (done is green, overdue red…). */
  series: { key: string; label: string; color?: string }[];
  /** `short`, when given, names the row on the chart's axis; tables and CSV use `label`. */
  rows: { key: string; label: string; short?: string; values: Record<string, number> }[];
}

/** Percentage of a total, rounded to one decimal; 0 when the total is 0. */
export function share(part: number, total: number): number {
  return total ? Math.round((part / total) * 1000) / 10 : 0;
}

/** A label cut to `max` characters for a chart axis. */
export function shorten(label: string, max = 24): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}
