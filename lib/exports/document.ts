// The neutral shape of an exported document: the builders (minutes, pack, bulletin) make one
// from the data the pages show, and each renderer (./docx.ts, ./pdf.ts) lays it out. One
// model, two formats, so Word and PDF cannot drift apart.
import { DISTRIBUTIONS, TLP_LABELS } from "@/lib/briefs/vocabulary";
import type { Distribution } from "@/lib/generated/prisma/enums";

/** A footnote: a brief's source, printed as a Word footnote or under its block in the PDF. */
export type Footnote = string;

export type Block =
  | { kind: "heading"; level: 2 | 3 | 4; text: string; footnotes?: Footnote[] }
  | { kind: "paragraph"; text: string; style?: "strong" | "muted" | "right"; footnotes?: Footnote[] }
  | { kind: "list"; items: string[]; ordered?: boolean }
  | { kind: "table"; caption?: string; headers: string[]; rows: string[][]; widths?: number[] };

export interface ExportDocument {
  /** The file's language (en, zh, ko): it picks the East Asian font and the document language. */
  locale: string;
  title: string;
  /** Small line above the title (a committee's or a workspace's name, a bulletin's series). */
  kicker?: string;
  /** Lines under the title: dates, places, numbers, editors. */
  meta: string[];
  /** The header of every page: who produced the copy, its TLP label and how it may be reused. */
  header: { institution: string; label: string; notice: string };
  blocks: Block[];
}

/**
 * A document is as restricted as the most restricted thing in it: the narrowest distribution
 * among its parts, and never wider than `widest` (committee papers are for the committee).
 */
export function narrowestDistribution(parts: Distribution[], widest: Distribution): Distribution {
  return [...parts, widest].reduce((a, b) => (DISTRIBUTIONS.indexOf(b) < DISTRIBUTIONS.indexOf(a) ? b : a));
}

export const tlpLabel = (distribution: Distribution) => TLP_LABELS[distribution];

/** A file name from a title: letters of any script kept, the rest dashed, never empty. */
export function fileStem(title: string): string {
  const stem = title
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return stem || "document";
}
