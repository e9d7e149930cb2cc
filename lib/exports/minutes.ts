// The minutes of a session as a document, from what the session page shows: getSession (agenda,
// decisions), getMinutes (the current version, its approvals) and getCommittee (the sides, their
// institutions and co-chairs). The caller fetched them with the reader's scope.
import type { DecisionType, MinutesStatus } from "@/lib/generated/prisma/enums";
import { type AttendeeSource, attendeeBlocks } from "./attendees";
import type { Block, ExportDocument } from "./document";
import { calendarDate, copyLine, documentHeader, exportWords, instant, type Reader } from "./format";
import { markdownBlocks } from "./markdown";

export interface MinutesSource {
  session: {
    title: string;
    startsAt: Date;
    endsAt: Date;
    timeZone: string;
    place: string | null;
    committee: { name: string };
    entries: {
      agendaItemId: string;
      durationMinutes: number;
      presenter: string | null;
      agendaItem: { title: string };
    }[];
    decisions: { agendaItemId: string; type: DecisionType; text: string }[];
  };
  minutes: {
    version: number;
    status: MinutesStatus;
    text: string;
    approvedAt: Date | null;
    approvals: { sideId: string; approvedAt?: Date; user: { name: string } }[];
  };
  sides: {
    id: string;
    name: string;
    institutions: { institution: { name: string } }[];
    coChairs: { user: { name: string } }[];
  }[];
  /** Attendees by side (lib/delegations): who attended a held session, else who accepted. */
  attendees?: AttendeeSource[];
}

export async function minutesDocument(source: MinutesSource, reader: Reader): Promise<ExportDocument> {
  const words = await exportWords(reader.locale);
  const { t, committees, minutes: m } = words;
  const { session, minutes, sides } = source;
  const when = (d: Date) => instant(d, session.timeZone, reader.locale);
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: t("sides") },
    {
      kind: "table",
      headers: [t("side"), t("institutions"), t("coChairs")],
      widths: [2, 4, 3],
      rows: sides.map((side) => [
        side.name,
        side.institutions.map((i) => i.institution.name).join("\n"),
        side.coChairs.map((c) => c.user.name).join("\n"),
      ]),
    },
    ...(await attendeeBlocks(source.attendees, reader.locale)),
    { kind: "heading", level: 2, text: t("agendaAndDecisions") },
    {
      kind: "table",
      headers: [t("number"), committees("agendaItem"), committees("duration"), committees("decision")],
      widths: [1, 5, 2, 6],
      rows: session.entries.map((entry, i) => {
        const decision = session.decisions.find((d) => d.agendaItemId === entry.agendaItemId);
        return [
          String(i + 1),
          entry.agendaItem.title + (entry.presenter ? `\n${entry.presenter}` : ""),
          `${entry.durationMinutes} ${committees("minutesShort")}`,
          decision ? `${committees(`decisionTypes.${decision.type}`)}: ${decision.text}` : committees("notDecided"),
        ];
      }),
    },
    { kind: "heading", level: 2, text: m("approvals") },
    {
      kind: "table",
      headers: [t("side"), t("approval")],
      widths: [1, 3],
      rows: sides.map((side) => {
        const approval = minutes.approvals.find((a) => a.sideId === side.id);
        return [
          side.name,
          approval
            ? m("sideApproved", { side: side.name, name: approval.user.name })
            : m("sidePending", { side: side.name }),
        ];
      }),
    },
    { kind: "heading", level: 2, text: m("title") },
    ...markdownBlocks(minutes.text),
  ];
  return {
    locale: reader.locale,
    kicker: session.committee.name,
    title: t("minutesTitle", { session: session.title }),
    meta: [
      committees("when", { start: when(session.startsAt), end: when(session.endsAt), timeZone: session.timeZone }) +
        (session.place ? ` · ${session.place}` : ""),
      `${m("version", { n: minutes.version })} · ${m(`status.${minutes.status}`)}` +
        (minutes.approvedAt ? ` · ${m("approvedOn", { date: calendarDate(minutes.approvedAt, reader.locale) })}` : ""),
      copyLine(reader, words),
    ],
    header: documentHeader(reader, words, "WORKSPACE"),
    blocks,
  };
}
