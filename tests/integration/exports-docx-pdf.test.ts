// Word and PDF copies of the minutes, the pre-session pack and a bulletin, through their download
// routes: the DOCX unzips and word/document.xml has the headings, the Chinese and Korean text
// (with East Asian fonts named) and the TLP header; sources are footnotes; the PDF has the same
// text; a reader outside the workspace gets 404 from every route, in both formats.
import { unzipSync } from "fflate";
import { extractText, getDocumentProxy } from "unpdf";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as bulletinExport } from "@/app/api/bulletins/[bulletinId]/export/route";
import { GET as minutesExport } from "@/app/api/sessions/[sessionId]/minutes/route";
import { GET as packExport } from "@/app/api/sessions/[sessionId]/pack/route";
import { createBrief, publishBrief, submitBrief } from "@/lib/briefs/service";
import { mastheadSchema } from "@/lib/bulletins/schemas";
import { createBulletin, getBulletin, saveMasthead } from "@/lib/bulletins/service";
import { linkBrief, proposeAgendaItem, recordDecision, setAgendaItemStatus } from "@/lib/committees/agenda-items";
import { saveMinutesText, startMinutes } from "@/lib/committees/minutes";
import { getCommittee } from "@/lib/committees/service";
import { addAgendaEntry, createSession, setSessionStatus } from "@/lib/committees/sessions";
import type { Actor } from "@/lib/server/actor";
import { isoDateFromToday } from "@/lib/time/clock";
import zh from "@/messages/zh.json";
import { makeBilateralCommittee } from "../helpers/committee";
import { expectAppError } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/server/session", () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
}));

useTestDatabase();

let manager: Actor;
let korean: Actor;
let outsider: Actor;
let heldId: string;
let plannedId: string;
let bulletinId: string;

const ITEM = "量子人才交流 · 양자 인재 교류";
const DECISION = "双方同意扩大研究人员交流名额";
const MINUTES =
  "# 회의 요약\n\n양측은 연구자 교류를 확대하기로 합의했다.\n\n- 中方：设立联合基金\n- **US side**: data sharing";

beforeAll(async () => {
  let american: Actor;
  let committeeId: string;
  ({ manager, korean, american, outsider, committeeId } = await makeBilateralCommittee());
  const { workspaceId } = await getCommittee(manager, committeeId);
  const draft = await createBrief(korean, {
    workspaceId,
    title: "한국 16대 핵심기술 임무지향 로드맵",
    summary: "韩国发布16项关键技术路线图",
    body: "## 배경\n\nThe roadmap sets **missions** for 2030.",
    category: "STRATEGY_PLANNING",
    distribution: "WORKSPACE",
    countries: ["KR"],
    areas: [],
    recipients: [],
    sources: [
      {
        publisher: "과학기술정보통신부",
        title: "제3회 국가전략기술 특별위원회 개최",
        url: "https://example.org/msit",
        date: isoDateFromToday(-60),
      },
    ],
  });
  const submitted = await submitBrief(korean, { briefId: draft.id, version: draft.version });
  await publishBrief(manager, { briefId: draft.id, version: submitted.version });

  const propose = async (title: string) => {
    const item = await proposeAgendaItem(american, {
      committeeId,
      title,
      description: "",
      proposingSideId: "",
      technologyAreaId: "",
    });
    return setAgendaItemStatus(manager, { agendaItemId: item.id, version: item.version, status: "ADOPTED" });
  };
  const held = await createSession(manager, {
    committeeId,
    title: "Ninth session",
    startsAt: `${isoDateFromToday(-30)}T10:00`,
    endsAt: `${isoDateFromToday(-30)}T12:00`,
    timeZone: "Asia/Seoul",
    place: "Seoul",
    onlineUrl: "",
  });
  heldId = held.id;
  const item = await propose(ITEM);
  await addAgendaEntry(manager, { sessionId: heldId, agendaItemId: item.id, durationMinutes: 30, presenter: "" });
  await setSessionStatus(manager, { sessionId: heldId, version: 1, status: "IN_SESSION" });
  await recordDecision(manager, { sessionId: heldId, agendaItemId: item.id, type: "AGREED", text: DECISION });
  const minutes = await startMinutes(manager, { sessionId: heldId });
  await saveMinutesText(manager, { minutesId: minutes.id, lockVersion: minutes.lockVersion, text: MINUTES });
  await setSessionStatus(manager, { sessionId: heldId, version: 2, status: "HELD" });

  const planned = await createSession(manager, {
    committeeId,
    title: "Tenth session",
    startsAt: `${isoDateFromToday(30)}T10:00`,
    endsAt: `${isoDateFromToday(30)}T12:00`,
    timeZone: "Asia/Seoul",
    place: "Washington",
    onlineUrl: "",
  });
  plannedId = planned.id;
  const next = await propose("Joint fund for basic research 联合基金");
  await addAgendaEntry(manager, { sessionId: plannedId, agendaItemId: next.id, durationMinutes: 20, presenter: "" });
  await linkBrief(manager, { agendaItemId: next.id, briefId: draft.id });

  const bulletin = await createBulletin(manager, {
    workspaceId,
    title: "S&T Policy Monitor",
    year: Number(isoDateFromToday(-5).slice(0, 4)),
    numberInYear: 10,
    overallNumber: 112,
    issueDate: isoDateFromToday(-5),
    editors: [manager.id],
    briefs: [draft.id],
  });
  bulletinId = bulletin.id;
  await saveMasthead(
    manager,
    mastheadSchema.parse({
      bulletinId,
      version: 1,
      seriesName: "科技政策动态",
      highlights: "韩国发布16项关键技术路线图\n\n- 한미 양자 인재 교류 확대\n",
    }),
  );
}, 120_000);

afterEach(() => {
  session.user = null;
});

const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });
const request = (path: string) => new Request(`http://accord.test${path}`);

async function download(
  handler: typeof minutesExport,
  path: string,
  p: Record<string, string>,
  format: "docx" | "pdf",
) {
  const response = await handler(request(`${path}?format=${format}`), params(p));
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

function wordXml(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  // Text as Word shows it: runs joined (a line is split into runs by script).
  const plain = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  return { document: text("word/document.xml"), plain, text, files };
}

async function pdfText(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(bytes);
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("the minutes as Word and PDF", () => {
  it("read back with headings, tables, CJK text in East Asian fonts, and the TLP header", async () => {
    session.user = manager;
    const { response, bytes } = await download(
      minutesExport,
      `/api/sessions/${heldId}/minutes`,
      { sessionId: heldId },
      "docx",
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("wordprocessingml");
    expect(response.headers.get("content-disposition")).toContain("minutes-Ninth-session.docx");
    const word = wordXml(bytes);
    const body = word.plain(word.document);
    expect(body).toContain("Minutes: Ninth session");
    expect(body).toContain("Agenda and decisions");
    expect(body).toContain(ITEM);
    expect(body).toContain(`Agreed: ${DECISION}`);
    expect(body).toContain("양측은 연구자 교류를 확대하기로 합의했다.");
    expect(body).toContain("中方：设立联合基金");
    expect(body).toContain("US side: data sharing");
    expect(word.document).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(word.document).toContain("<w:tbl>");
    expect(word.document).toContain('w:eastAsia="Malgun Gothic"');
    expect(word.document).toContain('w:eastAsia="Microsoft YaHei"');
    const header = word.plain(word.text("word/header1.xml"));
    expect(header).toContain("TLP:AMBER");
    expect(header).toContain("do not publish");
    expect(header).toMatch(/Korean institute/);

    const pdf = await download(minutesExport, `/api/sessions/${heldId}/minutes`, { sessionId: heldId }, "pdf");
    expect(pdf.response.headers.get("content-type")).toBe("application/pdf");
    const text = await pdfText(pdf.bytes);
    expect(text).toContain("Minutes: Ninth session");
    expect(text).toContain("TLP:AMBER");
    expect(text).toContain("양측은 연구자 교류를 확대하기로");
    expect(text).toContain(DECISION);
  });

  it("come in the reader's language", async () => {
    session.user = { ...korean, locale: "ko" };
    const { bytes } = await download(minutesExport, `/api/sessions/${heldId}/minutes`, { sessionId: heldId }, "docx");
    const word = wordXml(bytes);
    expect(word.plain(word.document)).toContain("회의록: Ninth session");
    expect(word.plain(word.document)).toContain("의제 및 결정");
    expect(word.document).toContain('w:eastAsia="ko-KR"');
  });
});

describe("the pre-session pack as Word and PDF", () => {
  it("has the agenda, the linked brief with its source as a footnote, and the previous session", async () => {
    session.user = korean;
    const { bytes } = await download(packExport, `/api/sessions/${plannedId}/pack`, { sessionId: plannedId }, "docx");
    const word = wordXml(bytes);
    const body = word.plain(word.document);
    expect(body).toContain("Pre-session pack: Tenth session");
    expect(body).toContain("1. Joint fund for basic research 联合基金");
    expect(body).toContain("한국 16대 핵심기술 임무지향 로드맵 (TLP:AMBER)");
    expect(body).toContain("Previous session");
    expect(body).toContain(DECISION);
    expect(word.document).toContain("<w:footnoteReference");
    expect(word.plain(word.text("word/footnotes.xml"))).toContain("제3회 국가전략기술 특별위원회 개최");
    const pdf = await download(packExport, `/api/sessions/${plannedId}/pack`, { sessionId: plannedId }, "pdf");
    const text = await pdfText(pdf.bytes);
    expect(text).toContain("Pre-session pack: Tenth session");
    expect(text).toContain("联合基金");
    expect(text).toContain("제3회 국가전략기술 특별위원회 개최");
  });
});

describe("a bulletin as Word and PDF", () => {
  it("has its masthead, its highlights (本期要目) and its items with footnoted sources", async () => {
    session.user = { ...manager, locale: "zh" };
    const { bytes } = await download(bulletinExport, `/api/bulletins/${bulletinId}/export`, { bulletinId }, "docx");
    const word = wordXml(bytes);
    const body = word.plain(word.document);
    expect(body).toContain("科技政策动态");
    expect(body).toContain("S&amp;T Policy Monitor");
    expect(body).toContain("本期要目");
    expect(body).toContain("韩国发布16项关键技术路线图");
    expect(body).toContain("한미 양자 인재 교류 확대");
    expect(body).toContain(zh.vocab.category.STRATEGY_PLANNING);
    expect(body).toContain("한국 16대 핵심기술 임무지향 로드맵");
    expect(word.plain(word.text("word/footnotes.xml"))).toContain("과학기술정보통신부");
    expect(word.plain(word.text("word/header1.xml"))).toContain("TLP:AMBER");
    const pdf = await download(bulletinExport, `/api/bulletins/${bulletinId}/export`, { bulletinId }, "pdf");
    const text = await pdfText(pdf.bytes);
    expect(text).toContain("S&T Policy Monitor");
    expect(text).toContain("本期要目");
    expect(text).toContain("한미 양자 인재 교류 확대");
  });

  it("keeps its masthead on the page, refuses a stale edit and an editor who is not a manager", async () => {
    const bulletin = await getBulletin(manager, bulletinId);
    expect(bulletin.seriesName).toBe("科技政策动态");
    expect(bulletin.highlights).toEqual(["韩国发布16项关键技术路线图", "한미 양자 인재 교류 확대"]);
    expect(bulletin.can.editMasthead).toBe(true);
    expect((await getBulletin(korean, bulletinId)).can.editMasthead).toBe(false);
    const input = { bulletinId, seriesName: "X", highlights: [] };
    await expectAppError(saveMasthead(manager, { ...input, version: 1 }), "CONFLICT", "stale_bulletin");
    await expectAppError(saveMasthead(korean, { ...input, version: 2 }), "FORBIDDEN");
    await expectAppError(saveMasthead(outsider, { ...input, version: 2 }), "NOT_FOUND");
    const tooMany = mastheadSchema.safeParse({ bulletinId, version: 2, seriesName: "", highlights: "a\n".repeat(13) });
    expect(tooMany.success).toBe(false);
  });
});

describe("a reader outside the workspace", () => {
  it("gets 404 from every export route, in both formats", async () => {
    session.user = outsider;
    for (const format of ["docx", "pdf"] as const) {
      const cases = [
        [minutesExport, `/api/sessions/${heldId}/minutes`, { sessionId: heldId }],
        [packExport, `/api/sessions/${plannedId}/pack`, { sessionId: plannedId }],
        [bulletinExport, `/api/bulletins/${bulletinId}/export`, { bulletinId }],
      ] as const;
      for (const [handler, path, p] of cases) {
        const { response } = await download(handler as typeof minutesExport, path, p, format);
        expect(response.status, `${path} ${format}`).toBe(404);
      }
    }
  });
});
