// The pre-session pack as a document, from what the pack page shows: getSessionPack (the agenda
// with each item's readable briefs, the previous session's decisions and approved minutes) and
// each item's open follow-ups. Linked briefs cite their sources as footnotes; the pack is as
// restricted as its most restricted brief, and never wider than the committee (TLP:AMBER).

import { translatorFor } from "@/i18n/translator";
import type { BriefSource } from "@/lib/briefs/schemas";
import type { DecisionType, Distribution, FeedbackKind, FollowUpStatus } from "@/lib/generated/prisma/enums";
import { type AttendeeSource, attendeeBlocks } from "./attendees";
import { type Block, type ExportDocument, narrowestDistribution, tlpLabel } from "./document";
import { calendarDate, copyLine, documentHeader, exportWords, instant, type Reader } from "./format";
import { markdownBlocks } from "./markdown";

export const sourceNote = (s: BriefSource) => `${s.publisher}, “${s.title}”${s.date ? `, ${s.date}` : ""}. ${s.url}`;

interface PackBrief {
  id: string;
  title: string;
  summary: string | null;
  distribution: Distribution;
  sources: unknown;
}

/** A document in the pack: its title, kind, side (null: shared) and latest version. */
interface PackPaper {
  title: string;
  kind: string;
  side: { name: string } | null;
  versions: { number: number; fileName: string }[];
}
interface PackNote {
  kind: string;
  text: string;
  side: { name: string } | null;
  author: { name: string };
}
/** The reader's papers (getSessionPack: shared ones and the reader's side's internal ones). */
export interface PackPapers {
  sessionDocuments: PackPaper[];
  items: Record<string, { documents: PackPaper[]; notes: PackNote[] }>;
}

/** A sub-committee's progress on the parent's standing report item (issue 12, item 4). */
export interface PackReport {
  committee: { name: string };
  byStatus: Record<FollowUpStatus, number>;
  total: number;
  overdue: number;
  doneSince: number;
  since: Date | null;
}

export interface PackSource {
  papers?: PackPapers;
  session: {
    title: string;
    startsAt: Date;
    timeZone: string;
    place: string | null;
    committee: { name: string; sides: { name: string }[] };
    entries: {
      durationMinutes: number;
      presenter: string | null;
      agendaItem: { id: string; title: string; description: string | null; briefs: { brief: PackBrief }[] };
    }[];
  };
  previous: {
    title: string;
    startsAt: Date;
    timeZone: string;
    decisions: { type: DecisionType; text: string; agendaItem: { title: string } }[];
    minutes: { text: string }[];
  } | null;
  /** Attendees by side (lib/delegations): who accepted or is tentative; for a held session who attended. */
  attendees?: AttendeeSource[];
  followUps: Map<
    string,
    {
      title: string;
      status: FollowUpStatus;
      progress: number;
      dueDate: Date;
      overdue: boolean;
      leads: { institution: { shortName: string } }[];
    }[]
  >;
  /** Report items' progress, by agenda item id. */
  reports?: Map<string, PackReport>;
  /** Per agenda item, the consultation rounds the reader may see (lib/consultations/service.ts packRounds). */
  consultations?: Map<string, PackRound[]>;
}

/** A consultation round as the pack shows it: answers only for the convening side (null otherwise). */
export interface PackRound {
  question: string;
  status: string;
  summary: string;
  side: { name: string };
  counts: Record<FeedbackKind, number>;
  answers: { organisation: string; sector: string; position: FeedbackKind; text: string }[] | null;
}

/** The rows of a report item's progress table: follow-ups by status, overdue, done since. */
export async function reportBlocks(report: PackReport, locale: string): Promise<Block[]> {
  const sub = await translatorFor(locale, "subcommittees");
  const f = await translatorFor(locale, "followUps");
  const statuses: FollowUpStatus[] = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"];
  return [
    { kind: "heading", level: 4, text: sub("progressTitle", { name: report.committee.name }) },
    {
      kind: "table",
      caption: sub("progressCaption"),
      headers: [sub("status"), sub("count")],
      widths: [5, 2],
      rows: [
        ...statuses.map((s) => [f(`statuses.${s}`), String(report.byStatus[s])]),
        [sub("total"), String(report.total)],
        [sub("overdue"), String(report.overdue)],
        [
          report.since ? sub("doneSince", { date: calendarDate(report.since, locale) }) : sub("doneSinceEver"),
          String(report.doneSince),
        ],
      ],
    },
  ];
}

export async function packDocument(source: PackSource, reader: Reader): Promise<ExportDocument> {
  const words = await exportWords(reader.locale);
  const { t, committees, pack, followUps: f } = words;
  const { session, previous } = source;
  const when = (d: Date, zone: string) => instant(d, zone, reader.locale);
  const briefs = session.entries.flatMap((e) => e.agendaItem.briefs.map((b) => b.brief));
  const c = await translatorFor(reader.locale, "consultations");
  const kinds = await translatorFor(reader.locale, "feedback");
  const d = await translatorFor(reader.locale, "documents");
  const paperLine = (p: PackPaper) =>
    `${p.title} (${d(`kinds.${p.kind}`)}${p.versions[0] ? `, v${p.versions[0].number}, ${p.versions[0].fileName}` : ""}) · ${p.side ? d("internalTo", { side: p.side.name }) : d("shared")}`;
  const blocks: Block[] = [...(await attendeeBlocks(source.attendees, reader.locale))];
  if (source.papers) {
    blocks.push({ kind: "heading", level: 2, text: d("sessionDocuments") });
    blocks.push(
      source.papers.sessionDocuments.length
        ? { kind: "list", items: source.papers.sessionDocuments.map(paperLine) }
        : { kind: "paragraph", text: d("none"), style: "muted" },
    );
  }
  blocks.push({ kind: "heading", level: 2, text: committees("agenda") });
  if (!session.entries.length) blocks.push({ kind: "paragraph", text: committees("emptyAgenda"), style: "muted" });
  for (const [i, entry] of session.entries.entries()) {
    const item = entry.agendaItem;
    const open = source.followUps.get(item.id) ?? [];
    blocks.push(
      { kind: "heading", level: 3, text: `${i + 1}. ${item.title}` },
      {
        kind: "paragraph",
        text: `${entry.durationMinutes} ${committees("minutesShort")}${entry.presenter ? ` · ${entry.presenter}` : ""}`,
        style: "muted",
      },
      ...(item.description ? [{ kind: "paragraph" as const, text: item.description }] : []),
    );
    const report = source.reports?.get(item.id);
    if (report) blocks.push(...(await reportBlocks(report, reader.locale)));
    blocks.push({ kind: "heading", level: 4, text: committees("linkedBriefs") });
    if (!item.briefs.length) blocks.push({ kind: "paragraph", text: committees("noBriefs"), style: "muted" });
    for (const { brief } of item.briefs)
      blocks.push({
        kind: "paragraph",
        text: `${brief.title} (${tlpLabel(brief.distribution)})${brief.summary ? ` — ${brief.summary}` : ""}`,
        footnotes: ((brief.sources ?? []) as BriefSource[]).map(sourceNote),
      });
    const papers = source.papers?.items[item.id];
    if (papers?.documents.length) {
      blocks.push({ kind: "heading", level: 4, text: d("title") });
      blocks.push({ kind: "list", items: papers.documents.map(paperLine) });
    }
    if (papers?.notes.length) {
      blocks.push({ kind: "heading", level: 4, text: d("notesTitle") });
      for (const note of papers.notes)
        blocks.push({
          kind: "paragraph",
          text: `${d(`noteKinds.${note.kind}`)} · ${note.side ? d("internalTo", { side: note.side.name }) : d("shared")} · ${note.author.name}: ${note.text}`,
        });
    }
    blocks.push({ kind: "heading", level: 4, text: pack("openFollowUps") });
    if (!open.length) blocks.push({ kind: "paragraph", text: committees("noFollowUps"), style: "muted" });
    else
      blocks.push({
        kind: "table",
        headers: [t("followUp"), committees("status"), t("progress"), t("due"), t("leads")],
        widths: [5, 2, 1.4, 2, 2],
        rows: open.map((row) => [
          row.title,
          f(`statuses.${row.status}`) + (row.overdue ? ` (${f("overdue")})` : ""),
          `${row.progress}%`,
          calendarDate(row.dueDate, reader.locale),
          row.leads.map((l) => l.institution.shortName).join(", "),
        ]),
      });
    const rounds = source.consultations?.get(item.id) ?? [];
    if (rounds.length) blocks.push({ kind: "heading", level: 4, text: c("packHeading") });
    for (const round of rounds) {
      const counts = c("counts", {
        support: String(round.counts.SUPPORT),
        concern: String(round.counts.CONCERN),
        proposal: String(round.counts.PROPOSAL),
      });
      blocks.push(
        { kind: "paragraph", text: round.question, style: "strong" },
        {
          kind: "paragraph",
          text: `${c(`statuses.${round.status}`)} · ${c("convenedBy", { side: round.side.name })} · ${counts}`,
          style: "muted",
        },
      );
      if (round.summary) blocks.push({ kind: "paragraph", text: `${c("summary")}: ${round.summary}` });
      if (round.answers?.length)
        blocks.push({
          kind: "table",
          headers: [c("form.organisation"), c("form.sector"), c("form.position"), c("form.text")],
          widths: [2.5, 2, 1.5, 6],
          rows: round.answers.map((a) => [a.organisation, a.sector, kinds(`kinds.${a.position}`), a.text]),
        });
    }
  }
  blocks.push({ kind: "heading", level: 2, text: pack("previous") });
  if (!previous) blocks.push({ kind: "paragraph", text: pack("noPrevious"), style: "muted" });
  else {
    blocks.push(
      { kind: "paragraph", text: `${previous.title} · ${when(previous.startsAt, previous.timeZone)}` },
      { kind: "heading", level: 3, text: pack("decisions") },
      previous.decisions.length
        ? {
            kind: "table",
            headers: [committees("agendaItem"), committees("decisionType"), committees("decisionText")],
            widths: [3, 2, 5],
            rows: previous.decisions.map((d) => [d.agendaItem.title, committees(`decisionTypes.${d.type}`), d.text]),
          }
        : { kind: "paragraph", text: pack("noDecisions"), style: "muted" },
      { kind: "heading", level: 3, text: pack("approvedMinutes") },
      ...(previous.minutes[0]
        ? markdownBlocks(previous.minutes[0].text, 3)
        : [{ kind: "paragraph" as const, text: pack("noMinutes"), style: "muted" as const }]),
    );
  }
  return {
    locale: reader.locale,
    kicker: session.committee.name,
    title: pack("title", { session: session.title }),
    meta: [
      `${when(session.startsAt, session.timeZone)} (${session.timeZone})${session.place ? ` · ${session.place}` : ""}`,
      session.committee.sides.map((s) => s.name).join(" · "),
      copyLine(reader, words),
    ],
    header: documentHeader(
      reader,
      words,
      narrowestDistribution(
        briefs.map((b) => b.distribution),
        "WORKSPACE",
      ),
    ),
    blocks,
  };
}
