// An ExportDocument as a PDF (pdfkit, fonts from ./fonts.ts, subset into the file). Every page
// carries the header (institution, TLP label, reuse notice); sources are numbered notes printed
// under the block that cites them. The document streams out as pdfkit writes it.
import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import type { Block, ExportDocument, Footnote } from "./document";
import { type FontKey, fontFor, fontPath, type Weight } from "./fonts";
import { splitRuns } from "./scripts";

type Pdf = PDFKit.PDFDocument;
const MARGIN = { top: 78, bottom: 56, left: 56, right: 56 };
const INK = "#0f172a";
const MUTED = "#475569";
const TLP_COLOURS: Record<string, string> = { RED: "#b91c1c", AMBER: "#b45309", GREEN: "#15803d", CLEAR: "#334155" };

interface TextStyle {
  size?: number;
  weight?: Weight;
  color?: string;
  align?: "left" | "right";
  indent?: number;
  width?: number;
  x?: number;
  y?: number;
}

// Fonts are named by their path: pdfkit caches an opened font under that key. (A registered
// alias of a font it already has is re-read from disk on every switch, seconds per page.)
const fontName = (key: FontKey, weight: Weight) => fontPath(key, weight);

/** Writes a line or paragraph, switching fonts within it as the characters need. */
function write(pdf: Pdf, text: string, style: TextStyle = {}) {
  const weight = style.weight ?? "regular";
  // pdfkit places continued runs wrongly when right-aligned: such a line is one run in one font.
  const parts =
    style.align === "right"
      ? [{ text, key: splitRuns(text, fontFor).some((r) => r.key === "kr") ? ("kr" as const) : ("sc" as const) }]
      : splitRuns(text || " ", fontFor);
  parts.forEach((part, i) => {
    pdf
      .font(fontName(part.key, weight))
      .fontSize(style.size ?? 10.5)
      .fillColor(style.color ?? INK);
    const options = { continued: i < parts.length - 1, align: style.align, indent: style.indent, width: style.width };
    if (i === 0 && style.x !== undefined) pdf.text(part.text, style.x, style.y, options);
    else pdf.text(part.text, options);
  });
}

/** The font a table cell is measured and drawn in (one per cell, so its height is exact). */
const cellFont = (text: string, weight: Weight) =>
  fontName(splitRuns(text, fontFor).some((r) => r.key === "kr") ? "kr" : "sc", weight);

function table(pdf: Pdf, block: Extract<Block, { kind: "table" }>) {
  const width = pdf.page.width - MARGIN.left - MARGIN.right;
  const shares = block.widths ?? block.headers.map(() => 1);
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => (s / total) * width);
  const pad = 4;
  const drawRow = (cells: string[], header: boolean) => {
    const weight: Weight = header ? "bold" : "regular";
    const height =
      Math.max(
        ...cells.map((text, i) =>
          pdf
            .font(cellFont(text, weight))
            .fontSize(9)
            .heightOfString(text || " ", { width: widths[i] - 2 * pad }),
        ),
      ) +
      2 * pad;
    if (pdf.y + height > pdf.page.height - MARGIN.bottom) {
      pdf.addPage();
      if (!header) drawRow(block.headers, true);
    }
    const top = pdf.y;
    let x = MARGIN.left;
    cells.forEach((text, i) => {
      if (header) pdf.rect(x, top, widths[i], height).fill("#e2e8f0");
      pdf.rect(x, top, widths[i], height).lineWidth(0.5).strokeColor("#94a3b8").stroke();
      pdf
        .font(cellFont(text, weight))
        .fontSize(9)
        .fillColor(INK)
        .text(text, x + pad, top + pad, { width: widths[i] - 2 * pad });
      x += widths[i];
    });
    pdf.x = MARGIN.left;
    pdf.y = top + height;
  };
  if (block.caption) write(pdf, block.caption, { weight: "bold" });
  drawRow(block.headers, true);
  for (const row of block.rows) drawRow(row, false);
  pdf.moveDown(0.8);
}

function block(pdf: Pdf, item: Block, notes: { next: number }) {
  const marks = (footnotes?: Footnote[]) => (footnotes ?? []).map((_, i) => ` [${notes.next + i}]`).join("");
  const noteLines = (footnotes?: Footnote[]) => {
    for (const note of footnotes ?? []) write(pdf, `[${notes.next++}] ${note}`, { size: 8, color: MUTED });
  };
  switch (item.kind) {
    case "heading":
      // A heading never ends a page alone: start a new page when little room is left.
      if (pdf.y > pdf.page.height - MARGIN.bottom - 90) pdf.addPage();
      else pdf.moveDown(item.level === 2 ? 0.8 : 0.4);
      write(pdf, item.text + marks(item.footnotes), { size: { 2: 15, 3: 12.5, 4: 11 }[item.level], weight: "bold" });
      noteLines(item.footnotes);
      pdf.moveDown(0.3);
      return;
    case "paragraph":
      write(pdf, item.text + marks(item.footnotes), {
        weight: item.style === "strong" ? "bold" : "regular",
        color: item.style === "muted" || item.style === "right" ? MUTED : INK,
        align: item.style === "right" ? "right" : "left",
      });
      noteLines(item.footnotes);
      pdf.moveDown(0.4);
      return;
    case "list":
      item.items.forEach((text, i) => {
        write(pdf, `${item.ordered ? `${i + 1}.` : "•"} ${text}`, { indent: 10 });
      });
      pdf.moveDown(0.4);
      return;
    case "table":
      table(pdf, item);
      return;
  }
}

function pageHeader(pdf: Pdf, doc: ExportDocument) {
  const { x, y } = pdf;
  const width = pdf.page.width - MARGIN.left - MARGIN.right;
  const colour = TLP_COLOURS[Object.keys(TLP_COLOURS).find((k) => doc.header.label.includes(k)) ?? "CLEAR"];
  write(pdf, doc.header.institution, { x: MARGIN.left, y: 28, size: 8, color: MUTED, width: width - 90 });
  write(pdf, doc.header.label, {
    x: MARGIN.left,
    y: 28,
    size: 8,
    weight: "bold",
    color: colour,
    width,
    align: "right",
  });
  write(pdf, doc.header.notice, { x: MARGIN.left, y: 40, size: 7, color: MUTED, width });
  pdf
    .moveTo(MARGIN.left, 64)
    .lineTo(pdf.page.width - MARGIN.right, 64)
    .lineWidth(0.5)
    .strokeColor("#94a3b8")
    .stroke();
  pdf.x = x;
  pdf.y = y;
}

/** The PDF as a stream of bytes (for a Response body). */
export function renderPdf(doc: ExportDocument): ReadableStream<Uint8Array> {
  const pdf = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    font: fontPath("sc", "regular"),
    info: { Title: doc.title, Author: doc.header.institution, Subject: doc.header.label },
    lang: doc.locale,
    displayTitle: true,
  });
  pdf.on("pageAdded", () => pageHeader(pdf, doc));
  pageHeader(pdf, doc);
  if (doc.kicker) write(pdf, doc.kicker, { size: 9, color: MUTED });
  write(pdf, doc.title, { size: 20, weight: "bold" });
  for (const line of doc.meta) write(pdf, line, { size: 9.5, color: MUTED });
  pdf.moveDown(0.6);
  const notes = { next: 1 };
  for (const item of doc.blocks) block(pdf, item, notes);
  pdf.end();
  return Readable.toWeb(pdf) as unknown as ReadableStream<Uint8Array>;
}
