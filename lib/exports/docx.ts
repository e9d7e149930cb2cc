// An ExportDocument as a Word file (the `docx` package). Every run names its East Asian font
// and language: Hangul runs get a Korean font, other CJK text a Simplified Chinese one, so Word
// neither guesses a Japanese font for Chinese nor shows Korean in a Chinese face. Sources are
// real Word footnotes; the TLP label and reuse notice sit in the header of every page.
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block, ExportDocument, Footnote } from "./document";
import { hasHangul, isHangul, splitRuns } from "./scripts";

const LATIN_FONT = "Calibri";
// The fonts Word has on the machines ministries use; LibreOffice maps them to Noto CJK.
const EAST_ASIAN = {
  ko: { font: "Malgun Gothic", lang: "ko-KR" },
  zh: { font: "Microsoft YaHei", lang: "zh-CN" },
} as const;
const LANG: Record<string, string> = { en: "en-GB", zh: "zh-CN", ko: "ko-KR" };

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
}

function runs(text: string, style: RunStyle = {}, locale = "en"): TextRun[] {
  return splitRuns(text, (c) => (isHangul(c) ? "ko" : "zh")).map(({ text: part, key }) => {
    const eastAsian = EAST_ASIAN[key];
    return new TextRun({
      text: part,
      ...style,
      font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: eastAsian.font },
      language: { value: LANG[locale] ?? "en-GB", eastAsia: eastAsian.lang },
    });
  });
}

const notes = (footnotes: Footnote[] | undefined, locale: string) =>
  (footnotes ?? []).map(
    (note) => new FootnoteReferenceRun({ children: [new Paragraph({ children: runs(note, { size: 18 }, locale) })] }),
  );

const HEADINGS = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

function table(block: Extract<Block, { kind: "table" }>, locale: string): Table {
  const widths = block.widths ?? block.headers.map(() => 1);
  const total = widths.reduce((a, b) => a + b, 0);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: Math.round((widths[i] / total) * 100), type: WidthType.PERCENTAGE },
      shading: header ? { type: ShadingType.CLEAR, fill: "E2E8F0", color: "auto" } : undefined,
      children: text
        .split("\n")
        .map((line) => new Paragraph({ children: runs(line, { bold: header, size: 19 }, locale) })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: block.headers.map((h, i) => cell(h, i, true)) }),
      ...block.rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

function blockParts(block: Block, locale: string): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          children: [...runs(block.text, {}, locale), ...notes(block.footnotes, locale)],
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({
          alignment: block.style === "right" ? AlignmentType.RIGHT : undefined,
          children: [
            ...runs(
              block.text,
              {
                bold: block.style === "strong",
                italics: block.style === "right",
                color: block.style === "muted" || block.style === "right" ? "475569" : undefined,
              },
              locale,
            ),
            ...notes(block.footnotes, locale),
          ],
        }),
      ];
    case "list":
      return block.items.map(
        (item, i) =>
          new Paragraph({
            ...(block.ordered ? { indent: { left: 360, hanging: 360 } } : { bullet: { level: 0 } }),
            children: runs(block.ordered ? `${i + 1}. ${item}` : item, {}, locale),
          }),
      );
    case "table":
      return [
        ...(block.caption ? [new Paragraph({ children: runs(block.caption, { bold: true }, locale) })] : []),
        table(block, locale),
        new Paragraph({ children: [] }),
      ];
  }
}

export async function renderDocx(doc: ExportDocument): Promise<Buffer> {
  const { locale } = doc;
  const eastAsian = EAST_ASIAN[locale === "ko" || hasHangul(doc.title) ? "ko" : "zh"];
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          ...runs(`${doc.header.institution} · `, { size: 16, color: "475569" }, locale),
          ...runs(doc.header.label, { size: 16, bold: true }, locale),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: runs(doc.header.notice, { size: 14, italics: true, color: "475569" }, locale),
      }),
    ],
  });
  const word = new Document({
    title: doc.title,
    creator: doc.header.institution,
    description: `${doc.header.label} ${doc.header.notice}`,
    styles: {
      default: {
        document: {
          run: {
            size: 21,
            font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: eastAsian.font },
            language: { value: LANG[locale] ?? "en-GB", eastAsia: eastAsian.lang },
          },
        },
      },
    },
    sections: [
      {
        headers: { default: header },
        children: [
          ...(doc.kicker ? [new Paragraph({ children: runs(doc.kicker, { color: "475569" }, locale) })] : []),
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.title, {}, locale) }),
          ...doc.meta.map((line) => new Paragraph({ children: runs(line, { color: "334155" }, locale) })),
          ...doc.blocks.flatMap((block) => blockParts(block, locale)),
        ],
      },
    ],
  });
  return Packer.toBuffer(word);
}
