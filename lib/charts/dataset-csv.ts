import "server-only";
// A chart's numbers as CSV, through the app's one CSV writer (labels may be text people typed,
// such as committee sides or agenda items, so they are neutralised like every other cell).
import { toCsv } from "@/lib/server/csv";
import type { Dataset } from "./dataset";

/** A dataset as CSV: the row key, its label, then one column per series (by key). */
export function datasetCsv(d: Dataset): string {
  return toCsv(
    [d.dimension, "label", ...d.series.map((s) => s.key)],
    d.rows.map((r) => [r.key, r.label, ...d.series.map((s) => r.values[s.key] ?? 0)]),
    // The chart downloads have always been "\n"-separated without a BOM; kept as they were.
    { newline: "\n" },
  );
}
