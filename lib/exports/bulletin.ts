// A bulletin issue as a document, from getBulletin (only the items the reader may read): the
// masthead (series, title, numbers, date, editors), the highlights ("本期要目"), then each
// category's items with their sources as footnotes. The copy is as restricted as its most
// restricted item.
import type { BriefSource } from "@/lib/briefs/schemas";
import type { BriefCategory, Distribution } from "@/lib/generated/prisma/enums";
import { countryName } from "@/lib/reference/country-names";
import { type Block, type ExportDocument, narrowestDistribution } from "./document";
import { calendarDate, copyLine, documentHeader, exportWords, type Reader } from "./format";
import { markdownBlocks } from "./markdown";
import { sourceNote } from "./pack";

export interface BulletinSource {
  title: string;
  seriesName: string;
  highlights: string[];
  year: number;
  numberInYear: number;
  overallNumber: number;
  issueDate: Date;
  workspace: { name: string };
  editors: { user: { name: string } }[];
  sections: {
    category: BriefCategory;
    items: {
      editorNames: string;
      brief: {
        title: string;
        summary: string | null;
        body: string;
        distribution: Distribution;
        sources: BriefSource[];
        institution: { shortName: string };
        countries: { countryCode: string }[];
      };
    }[];
  }[];
}

export async function bulletinDocument(bulletin: BulletinSource, reader: Reader): Promise<ExportDocument> {
  const words = await exportWords(reader.locale);
  const { t, bulletins: b, vocab } = words;
  const items = bulletin.sections.flatMap((s) => s.items);
  const blocks: Block[] = [];
  if (bulletin.highlights.length)
    blocks.push(
      { kind: "heading", level: 2, text: t("highlights") },
      { kind: "list", ordered: false, items: bulletin.highlights },
    );
  for (const section of bulletin.sections) {
    blocks.push({ kind: "heading", level: 2, text: vocab(`category.${section.category}`) });
    for (const { brief, editorNames } of section.items) {
      blocks.push(
        { kind: "heading", level: 3, text: brief.title, footnotes: brief.sources.map(sourceNote) },
        {
          kind: "paragraph",
          style: "muted",
          text: `${brief.countries.map((c) => countryName(c.countryCode, reader.locale)).join(", ")} · ${brief.institution.shortName}`,
        },
        ...(brief.summary ? [{ kind: "paragraph" as const, text: brief.summary, style: "strong" as const }] : []),
        ...markdownBlocks(brief.body, 3).map((block) =>
          block.kind === "heading" ? { ...block, level: 4 as const } : block,
        ),
        ...(editorNames
          ? [{ kind: "paragraph" as const, text: b("itemEditors", { names: editorNames }), style: "right" as const }]
          : []),
      );
    }
  }
  return {
    locale: reader.locale,
    kicker: [bulletin.seriesName, bulletin.workspace.name].filter(Boolean).join(" · "),
    title: bulletin.title,
    meta: [
      `${b("number", { year: bulletin.year, n: bulletin.numberInYear, overall: bulletin.overallNumber })} · ${calendarDate(bulletin.issueDate, reader.locale, "long")}`,
      b("editedBy", { names: bulletin.editors.map((e) => e.user.name).join(", ") }),
      copyLine(reader, words),
    ],
    header: documentHeader(
      reader,
      words,
      items.length
        ? narrowestDistribution(
            items.map((i) => i.brief.distribution),
            "PUBLIC",
          )
        : "WORKSPACE",
    ),
    blocks,
  };
}
