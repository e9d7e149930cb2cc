// The one data table: a plain semantic <table> (server-rendered, so cells may hold links and
// forms), with a caption, column headers, an empty-state row, and on narrow screens a
// horizontally scrolling region that is focusable and labelled (so keyboard users can scroll it).
import { Children, type ReactNode } from "react";

export interface Column {
  label: ReactNode;
  /** "end" right-aligns a column of numbers. */
  align?: "start" | "end";
  /** Shows the header only to screen readers (e.g. a column of buttons). */
  srOnly?: boolean;
  /** Left out on phones (its cells then take `className="hidden sm:table-cell"` too). */
  hiddenOnPhone?: boolean;
  className?: string;
}

const alignClass = (align?: "start" | "end") => (align === "end" ? "text-right tabular-nums" : "");

export function Table({
  caption,
  captionVisible = false,
  columns,
  empty,
  compact = false,
  className = "",
  children,
}: {
  /** Names the table and its scrolling region. */
  caption: string;
  captionVisible?: boolean;
  /** Column headers: a plain label, or a Column for alignment and the like. */
  columns: readonly (string | Column)[];
  /** Shown in a single row when there are no rows. */
  empty: ReactNode;
  /** Smaller type and no full width (matrices such as a heatmap). */
  compact?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const rows = Children.toArray(children);
  const heads = columns.map((c) => (typeof c === "string" ? { label: c } : c));
  // Each column keeps room to be read; on a phone the region then scrolls sideways instead
  // of squeezing every cell into a ribbon of one word per line.
  const minWidth = compact ? undefined : `${heads.filter((c) => !c.hiddenOnPhone).length * 7}rem`;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto">
      <table className={`${compact ? "text-xs" : "w-full text-sm"} text-left ${className}`} style={{ minWidth }}>
        <caption className={captionVisible ? "mb-2 text-left text-sm font-medium text-slate-700" : "sr-only"}>
          {caption}
        </caption>
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            {heads.map((column, i) => (
              <th
                key={i}
                scope="col"
                className={`py-2 pr-3 align-bottom font-medium ${alignClass(column.align)} ${column.hiddenOnPhone ? "hidden sm:table-cell" : ""} ${column.className ?? ""}`}
              >
                {column.srOnly ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length ? (
            rows
          ) : (
            <tr>
              <td colSpan={columns.length} className="py-6 text-center text-slate-600">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** A data cell. */
export function Td({
  align,
  nowrap = false,
  className = "",
  children,
  colSpan,
}: {
  align?: "start" | "end";
  nowrap?: boolean;
  className?: string;
  children?: ReactNode;
  colSpan?: number;
}) {
  return (
    <td
      colSpan={colSpan}
      className={`py-2 pr-3 align-top ${alignClass(align)} ${nowrap ? "whitespace-nowrap" : ""} ${className}`}
    >
      {children}
    </td>
  );
}

/** The cell that names its row (read out before each cell of the row). */
export function RowHeader({ className = "", children }: { className?: string; children: ReactNode }) {
  return (
    <th scope="row" className={`py-2 pr-3 text-left align-top font-normal ${className}`}>
      {children}
    </th>
  );
}
