import "server-only";
// The one CSV writer (and reader) of the app. Every CSV we produce goes through `toCsv`, so a
// cell a user typed can never run as a spreadsheet formula (OWASP "CSV injection"): a text cell
// starting with = + - @ tab or carriage return gets a leading apostrophe, which spreadsheets
// show as text. Numbers stay numbers. `parseCsv` undoes exactly that on import, so our own
// exports round-trip.
import Papa from "papaparse";

export type CsvCell = string | number | boolean | Date | null | undefined;

/** What a spreadsheet may read as a formula. Apostrophes before it are escaped once more. */
const FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** A text cell made safe for spreadsheets; numbers, booleans, dates and empty cells unchanged. */
export function neutraliseCell(value: CsvCell): CsvCell {
  return typeof value === "string" && FORMULA.test(value) ? `'${value}` : value;
}

/** The inverse of `neutraliseCell`: one leading apostrophe before a formula character goes. */
export function restoreCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

export interface CsvOptions {
  /** A UTF-8 byte order mark first, so spreadsheet programs read Chinese and Korean right. */
  bom?: boolean;
  /** RFC 4180 says CRLF (the default); the chart downloads have always used "\n". */
  newline?: "\r\n" | "\n";
}

/** CSV text: a header row, then the rows; cells quoted as RFC 4180 requires. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  const csv = Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map(neutraliseCell)) },
    // Neutralised above; papaparse's own escapeFormulae misses cells with a line break.
    { newline: options.newline ?? "\r\n", escapeFormulae: false },
  );
  return options.bom ? `\uFEFF${csv}` : csv;
}

/** Objects as CSV, one column per key in `columns` (missing keys are empty cells). */
export function recordsToCsv<K extends string>(
  columns: readonly K[],
  records: readonly Partial<Record<K, CsvCell>>[],
  options: CsvOptions = {},
): string {
  return toCsv(
    columns,
    records.map((record) => columns.map((column) => record[column])),
    options,
  );
}

export interface CsvTable {
  /** The header cells. */
  fields: string[];
  /** Each non-empty record with its row number as a spreadsheet shows it: the header is row 1. */
  rows: { row: number; record: Record<string, string> }[];
  errors: Papa.ParseError[];
}

/**
 * The records of a CSV with a header line, every cell passed through `restoreCell`. A record
 * is numbered like the spreadsheet row it opens in (a cell with a line break stays one row;
 * blank lines are skipped but still counted), so an error points at the row the user sees.
 */
export function parseCsv(text: string, options: { transformHeader?: (header: string) => string } = {}): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, "").trimEnd(), { header: false, skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;
  const fields = header.map((h) => (options.transformHeader ? options.transformHeader(h) : h));
  const rows = records.flatMap((cells, index) => {
    if (cells.every((cell) => cell.trim() === "")) return [];
    const record: Record<string, string> = {};
    fields.forEach((field, column) => {
      if (column < cells.length) record[field] = restoreCell(cells[column]);
    });
    return [{ row: index + 2, record }];
  });
  return { fields, rows, errors: parsed.errors };
}
