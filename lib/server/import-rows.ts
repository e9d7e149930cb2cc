// What every import (briefs, follow-ups, cooperation activities) reports back: the rows it
// would write, and every problem by row and field. A value outside a fixed list names the value
// given and the values allowed, so the user can fix the cell without opening the template.
import type { z } from "zod";

export interface ImportRowError {
  /** The spreadsheet row (the header is row 1), or the item's number in a JSON array. */
  row: number;
  field: string;
  /** A message code, as for form fields (components/forms/messages.ts). */
  message: string;
  /** For a value outside a fixed list: what the cell says (absent when it is empty)… */
  value?: string;
  /** …and what it may say. */
  allowed?: string[];
}

export interface ImportOutcome {
  rows: { row: number; title: string; detail: string }[];
  errors: ImportRowError[];
  /** Set once the rows are written; an import with any error writes nothing. */
  imported?: number;
}

/** A row's zod issues as import errors. Parse with `{ reportInput: true }` to name bad values. */
export function issuesToRowErrors(row: number, issues: readonly z.core.$ZodIssue[]): ImportRowError[] {
  return issues.map((issue) => {
    const error: ImportRowError = { row, field: issue.path.join(".") || "row", message: issue.message };
    if (issue.code !== "invalid_value") return error;
    const input = issue.input;
    return {
      ...error,
      allowed: issue.values.map(String),
      ...(input === undefined || input === null || input === "" ? {} : { value: String(input) }),
    };
  });
}
