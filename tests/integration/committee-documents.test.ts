// Committee documents and agenda item notes (lib/committees/documents.ts): the side-internal
// visibility table — every reader × every path (page read, download, pack data, pack export
// text, search, notification) for a shared document, a Korea-internal document and a
// Korea-internal note — then versions, narrowing only, stale edits, type sniffing, size limit.
import { unzipSync } from "fflate";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as downloadRoute } from "@/app/api/committee-documents/[versionId]/route";
import { GET as packExport } from "@/app/api/sessions/[sessionId]/pack/route";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachments/sniff";
import { proposeAgendaItem, setAgendaItemStatus } from "@/lib/committees/agenda-items";
import { documentListQuerySchema } from "@/lib/committees/document-schemas";
import {
  addDocumentVersion,
  addNote,
  deleteDocument,
  editNote,
  listDocuments,
  listNotes,
  narrowDocument,
  uploadDocument,
} from "@/lib/committees/documents";
import { getSessionPack } from "@/lib/committees/pack";
import { addAgendaEntry, createSession } from "@/lib/committees/sessions";
import { describeNotification, NOTIFICATION_INCLUDE } from "@/lib/notifications/describe";
import { fanOutPending } from "@/lib/notifications/fanout";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { isoDateFromToday } from "@/lib/time/clock";
import { setWatch } from "@/lib/watches/service";
import { type CommitteeWorld, makeCommitteeWorld } from "../helpers/committee-world";
import { actorOf, expectAppError, makeUser } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/server/session", () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
}));

useTestDatabase();

/** A small PDF (the sniffer reads the magic number). */
const pdf = (text: string, name = "paper.pdf") =>
  new File([`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`], name, { type: "application/pdf" });

let w: CommitteeWorld;
let koreanAuthor: Actor;
let noSideViewer: Actor;
let sessionId: string;
let agendaItemId: string;
const docs = {} as Record<"shared" | "krDoc", { id: string; versionId: string; title: string }>;
let noteId: string;
const NOTE_TEXT = "한국 측 협상 입장: 공동 기금 50:50 분담";
/** Who was told of each record (role names), from the fan-out. */
const toldOf: Record<string, Set<string>> = {};

const READERS = ["krManager", "krContributor", "usCoChair", "noSideViewer", "otherTenant"] as const;
type Reader = (typeof READERS)[number];
const reader = (r: Reader): Actor =>
  ({
    krManager: w.manager,
    krContributor: w.korean,
    usCoChair: w.american,
    noSideViewer,
    otherTenant: w.stranger,
  })[r];

async function toldAbout(kind: "DOCUMENT_ADDED" | "AGENDA_NOTE_ADDED"): Promise<Set<string>> {
  await fanOutPending();
  const event = await db().notificationEvent.findFirstOrThrow({ where: { kind }, orderBy: { id: "desc" } });
  const rows = await db().notification.findMany({ where: { eventId: event.id }, select: { userId: true } });
  const ids = new Set(rows.map((r) => r.userId));
  return new Set(READERS.filter((r) => ids.has(reader(r).id)));
}

beforeAll(async () => {
  w = await makeCommitteeWorld();
  koreanAuthor = actorOf(await makeUser({ institutionId: w.korea, name: "Korean Author" }));
  noSideViewer = actorOf(await makeUser({ institutionId: w.thirdParty.institutionId, name: "No Side Viewer" }));
  await db().workspaceMembership.createMany({
    data: [
      { workspaceId: w.workspaceId, userId: koreanAuthor.id, role: "CONTRIBUTOR" },
      { workspaceId: w.workspaceId, userId: noSideViewer.id, role: "VIEWER" },
    ],
  });
  const planned = await createSession(w.manager, {
    committeeId: w.committeeId,
    title: "Eleventh session",
    startsAt: `${isoDateFromToday(20)}T10:00`,
    endsAt: `${isoDateFromToday(20)}T12:00`,
    timeZone: "Asia/Seoul",
    place: "Seoul",
    onlineUrl: "",
  });
  sessionId = planned.id;
  const item = await proposeAgendaItem(w.manager, {
    committeeId: w.committeeId,
    title: "Joint fund for quantum research",
    description: "",
    proposingSideId: "",
    technologyAreaId: "",
  });
  agendaItemId = item.id;
  await setAgendaItemStatus(w.manager, { agendaItemId, version: 1, status: "ADOPTED" });
  await addAgendaEntry(w.manager, { sessionId, agendaItemId, durationMinutes: 30, presenter: "" });
  // Watchers: the viewer on no side follows the committee, the US co-chair the agenda item
  // (a watch must not leak an internal record either).
  await setWatch(noSideViewer, { target: "COMMITTEE", targetKey: w.committeeId, watching: true });
  await setWatch(w.american, { target: "AGENDA_ITEM", targetKey: agendaItemId, watching: true });
  await fanOutPending();

  const upload = async (key: "shared" | "krDoc", title: string, internal: boolean) => {
    const doc = await uploadDocument(koreanAuthor, {
      parentKind: "AGENDA_ITEM",
      parentId: agendaItemId,
      title,
      kind: "BRIEFING_NOTE",
      internal,
      file: pdf(title),
    });
    const version = await db().committeeDocumentVersion.findFirstOrThrow({ where: { documentId: doc.id } });
    docs[key] = { id: doc.id, versionId: version.id, title };
    toldOf[key] = await toldAbout("DOCUMENT_ADDED");
  };
  await upload("shared", "Shared joint fund concept", false);
  await upload("krDoc", "Korea fallback options", true);
  const note = await addNote(koreanAuthor, { agendaItemId, kind: "POSITION", internal: true, text: NOTE_TEXT });
  noteId = note.id;
  toldOf.krNote = await toldAbout("AGENDA_NOTE_ADDED");
});

const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });
const request = (path: string) => new Request(`http://accord.test${path}`);

async function packText(actor: Actor): Promise<string | null> {
  session.user = actor;
  const response = await packExport(request(`/api/sessions/${sessionId}/pack?format=docx`), params({ sessionId }));
  if (response.status === 404) return null;
  expect(response.status).toBe(200);
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return new TextDecoder().decode(files["word/document.xml"]).replace(/<[^>]+>/g, "");
}

async function downloads(actor: Actor, versionId: string): Promise<"yes" | "404"> {
  session.user = actor;
  const response = await downloadRoute(request(`/api/committee-documents/${versionId}`), params({ versionId }));
  if (response.status === 404) return "404";
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/pdf");
  expect(response.headers.get("Content-Disposition")).toContain("attachment;");
  return "yes";
}

/** "yes" / "no" for a read, "404" when the whole path refuses the reader. */
async function cell(promise: Promise<boolean>): Promise<"yes" | "no" | "404"> {
  try {
    return (await promise) ? "yes" : "no";
  } catch (error) {
    if ((error as { code?: string }).code === "NOT_FOUND") return "404";
    throw error;
  }
}

type Path = "page" | "download" | "packData" | "packExport" | "search" | "notified";
type Row = Record<Path, string>;

// The visibility table. Columns: the path; "n/a" where a note has no such door (a note is not a
// file and the search is of document titles). The other tenant gets 404 from every door.
// Notifications: the viewer on no side watches the committee, the US co-chair the agenda item.
const EXPECTED: Record<"shared" | "krDoc" | "krNote", Record<Reader, Row>> = {
  shared: {
    //              page    download packData packExport search  notified
    krManager: { page: "yes", download: "yes", packData: "yes", packExport: "yes", search: "yes", notified: "yes" },
    krContributor: { page: "yes", download: "yes", packData: "yes", packExport: "yes", search: "yes", notified: "yes" },
    usCoChair: { page: "yes", download: "yes", packData: "yes", packExport: "yes", search: "yes", notified: "yes" },
    noSideViewer: { page: "yes", download: "yes", packData: "yes", packExport: "yes", search: "yes", notified: "yes" },
    otherTenant: { page: "404", download: "404", packData: "404", packExport: "404", search: "404", notified: "no" },
  },
  krDoc: {
    krManager: { page: "yes", download: "yes", packData: "yes", packExport: "yes", search: "yes", notified: "yes" },
    krContributor: { page: "yes", download: "yes", packData: "yes", packExport: "yes", search: "yes", notified: "yes" },
    usCoChair: { page: "no", download: "404", packData: "no", packExport: "no", search: "no", notified: "no" },
    noSideViewer: { page: "no", download: "404", packData: "no", packExport: "no", search: "no", notified: "no" },
    otherTenant: { page: "404", download: "404", packData: "404", packExport: "404", search: "404", notified: "no" },
  },
  krNote: {
    krManager: { page: "yes", download: "n/a", packData: "yes", packExport: "yes", search: "n/a", notified: "yes" },
    krContributor: { page: "yes", download: "n/a", packData: "yes", packExport: "yes", search: "n/a", notified: "yes" },
    usCoChair: { page: "no", download: "n/a", packData: "no", packExport: "no", search: "n/a", notified: "no" },
    noSideViewer: { page: "no", download: "n/a", packData: "no", packExport: "no", search: "n/a", notified: "no" },
    otherTenant: { page: "404", download: "n/a", packData: "404", packExport: "404", search: "n/a", notified: "no" },
  },
};

describe("the side-internal visibility table", () => {
  it("every reader × every path, for a shared document, a Korea-internal document and note", async () => {
    const actual = {} as typeof EXPECTED;
    for (const record of ["shared", "krDoc", "krNote"] as const) {
      actual[record] = {} as Record<Reader, Row>;
      for (const r of READERS) {
        const actor = reader(r);
        const isNote = record === "krNote";
        const doc = isNote ? null : docs[record];
        const text = await packText(actor);
        const marker = isNote ? NOTE_TEXT : (doc?.title ?? "");
        actual[record][r] = {
          page: await cell(
            isNote
              ? listNotes(actor, agendaItemId).then((l) => l.sections.some((s) => s.notes.some((n) => n.id === noteId)))
              : listDocuments(actor, { kind: "AGENDA_ITEM", id: agendaItemId }).then((l) =>
                  l.items.some((d) => d.id === doc?.id),
                ),
          ),
          download: doc ? await downloads(actor, doc.versionId) : "n/a",
          packData: await cell(
            getSessionPack(actor, sessionId).then(({ papers }) =>
              isNote
                ? papers.items[agendaItemId].notes.some((n) => n.id === noteId)
                : papers.items[agendaItemId].documents.some((d) => d.id === doc?.id),
            ),
          ),
          packExport: text === null ? "404" : text.includes(marker) ? "yes" : "no",
          search: doc
            ? await cell(
                listDocuments(actor, { kind: "COMMITTEE", id: w.committeeId }, { q: doc.title.split(" ")[1] }).then(
                  (l) => l.items.some((d) => d.id === doc.id),
                ),
              )
            : "n/a",
          notified: toldOf[record].has(r) ? "yes" : "no",
        };
      }
    }
    expect(actual).toEqual(EXPECTED);
  });

  it("the title filter from the URL never reaches the database with a NUL, nor fails on odd input", async () => {
    const parsed = documentListQuerySchema.parse({ q: "Korea\u0000", docs: "../../x" });
    expect(parsed).toEqual({ q: "Korea", docs: undefined });
    expect(documentListQuerySchema.parse({ q: ["a", "b"] }).q).toBeUndefined();
    const found = await listDocuments(w.korean, { kind: "COMMITTEE", id: w.committeeId }, { q: parsed.q });
    expect(found.items.map((d) => d.id)).toEqual([docs.krDoc.id]);
  });

  it("the partner side's internal document is absent from the committee's list and search by any word", async () => {
    const all = await listDocuments(w.american, { kind: "COMMITTEE", id: w.committeeId }, { q: "Korea" });
    expect(all.items).toEqual([]);
    const mine = await listDocuments(w.korean, { kind: "COMMITTEE", id: w.committeeId }, { q: "Korea" });
    expect(mine.items.map((d) => d.id)).toEqual([docs.krDoc.id]);
  });
});

describe("the pack as PDF and the notification's sentence", () => {
  it("the US co-chair's PDF pack has the shared document and none of Korea's internal papers", async () => {
    const text = async (actor: Actor) => {
      session.user = actor;
      const response = await packExport(request(`/api/sessions/${sessionId}/pack?format=pdf`), params({ sessionId }));
      expect(response.status).toBe(200);
      const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
      return (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, " ");
    };
    const us = await text(w.american);
    expect(us).toContain(docs.shared.title);
    expect(us).not.toContain(docs.krDoc.title);
    expect(us).not.toContain("협상 입장");
    const korea = await text(w.korean);
    expect(korea).toContain(docs.krDoc.title);
    expect(korea).toContain("Internal to Korea");
  });

  it("a document notification says what was uploaded and links to where it hangs", async () => {
    const row = await db().notification.findFirstOrThrow({
      where: {
        userId: w.korean.id,
        kind: "DOCUMENT_ADDED",
        event: { payload: { path: ["documentId"], equals: docs.krDoc.id } },
      },
      include: NOTIFICATION_INCLUDE,
    });
    const en = (await import("@/messages/en.json")).default as Record<string, unknown>;
    const t = (key: string, values?: Record<string, string | number>) => {
      const template = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en) as string;
      return template.replace(/\{(\w+)\}/g, (_, k) => String(values?.[k] ?? ""));
    };
    const told = describeNotification(row, t, "en", "UTC");
    expect(told.text).toBe(
      `Korean Author uploaded “${docs.krDoc.title}” (version 1) to “Joint fund for quantum research”`,
    );
    expect(told.href).toBe(`/agenda-items/${agendaItemId}`);
  });
});

describe("versions, narrowing and stale edits", () => {
  it("a new version keeps the old one listed and downloadable", async () => {
    const doc = await db().committeeDocument.findUniqueOrThrow({ where: { id: docs.shared.id } });
    const added = await addDocumentVersion(koreanAuthor, {
      documentId: doc.id,
      version: doc.version,
      file: pdf("second draft", "concept v2.pdf"),
    });
    expect(added.number).toBe(2);
    const list = await listDocuments(w.american, { kind: "AGENDA_ITEM", id: agendaItemId });
    const shown = list.items.find((d) => d.id === doc.id);
    expect(shown?.versions.map((v) => [v.number, v.fileName])).toEqual([
      [2, "concept v2.pdf"],
      [1, "paper.pdf"],
    ]);
    expect(await downloads(w.american, docs.shared.versionId)).toBe("yes");
    // A second upload based on the same version is refused as stale.
    await expectAppError(
      addDocumentVersion(koreanAuthor, { documentId: doc.id, version: doc.version, file: pdf("late") }),
      "CONFLICT",
      "stale_document",
    );
    // Only the author or a manager adds versions.
    const current = await db().committeeDocument.findUniqueOrThrow({ where: { id: doc.id } });
    await expectAppError(
      addDocumentVersion(w.american, { documentId: doc.id, version: current.version, file: pdf("x") }),
      "FORBIDDEN",
      "cannot_manage_document",
    );
  });

  it("a shared document can be narrowed to its author's side, never widened; the partner then gets 404", async () => {
    const doc = await uploadDocument(koreanAuthor, {
      parentKind: "SESSION",
      parentId: sessionId,
      title: "Slides to narrow",
      kind: "SLIDES",
      internal: false,
      file: pdf("slides"),
    });
    const version = await db().committeeDocumentVersion.findFirstOrThrow({ where: { documentId: doc.id } });
    expect(await downloads(w.american, version.id)).toBe("yes");
    // The US co-chair may not narrow a Korean's document (not the author, not a manager).
    await expectAppError(narrowDocument(w.american, { documentId: doc.id, version: 1 }), "FORBIDDEN");
    await expectAppError(
      narrowDocument(koreanAuthor, { documentId: doc.id, version: 0 }),
      "CONFLICT",
      "stale_document",
    );
    const narrowed = await narrowDocument(koreanAuthor, { documentId: doc.id, version: 1 });
    const korea = await db().committeeSide.findFirstOrThrow({ where: { committeeId: w.committeeId, position: 0 } });
    expect(narrowed.sideId).toBe(korea.id);
    expect(await downloads(w.american, version.id)).toBe("404");
    expect(await downloads(w.korean, version.id)).toBe("yes");
    // Internal → shared: there is no such door, and narrowing again is refused.
    await expectAppError(narrowDocument(w.manager, { documentId: doc.id, version: 2 }), "CONFLICT", "already_internal");
    // The pack of the session no longer lists it for the US side.
    const { papers } = await getSessionPack(w.american, sessionId);
    expect(papers.sessionDocuments.map((d) => d.id)).not.toContain(doc.id);
  });

  it("a note: stale edit refused, narrowing only, the partner cannot edit what it cannot see", async () => {
    const shared = await addNote(w.american, { agendaItemId, kind: "BRIEFING", internal: false, text: "US brief" });
    await editNote(w.american, { noteId: shared.id, version: 1, text: "US brief, revised", internal: false });
    await expectAppError(
      editNote(w.american, { noteId: shared.id, version: 1, text: "stale", internal: false }),
      "CONFLICT",
      "stale_note",
    );
    // A Korean contributor may not edit the US co-chair's note. A manager speaks for their own
    // side: the Korean manager may not either; a US manager may, and the audit keeps the text
    // it replaced.
    await expectAppError(
      editNote(w.korean, { noteId: shared.id, version: 2, text: "x", internal: false }),
      "FORBIDDEN",
      "cannot_edit_note",
    );
    await expectAppError(
      editNote(w.manager, { noteId: shared.id, version: 2, text: "x", internal: false }),
      "FORBIDDEN",
      "cannot_edit_note",
    );
    expect((await listNotes(w.manager, agendaItemId)).sections[0].notes.find((n) => n.id === shared.id)?.canEdit).toBe(
      false,
    );
    expect(
      (await listNotes(w.usManager, agendaItemId)).sections[0].notes.find((n) => n.id === shared.id)?.canEdit,
    ).toBe(true);
    await editNote(w.usManager, {
      noteId: shared.id,
      version: 2,
      text: "US brief, by the secretariat",
      internal: false,
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "agenda_note.update", actorId: w.usManager.id },
    });
    expect(audit.metadata).toMatchObject({ noteId: shared.id, previousText: "US brief, revised" });
    // Narrowed: internal to the author's side (US), whoever edits.
    const narrowed = await editNote(w.american, { noteId: shared.id, version: 3, text: "US only", internal: true });
    const us = await db().committeeSide.findFirstOrThrow({ where: { committeeId: w.committeeId, position: 1 } });
    expect(narrowed.sideId).toBe(us.id);
    // Never back: unticking keeps it internal.
    const again = await editNote(w.american, { noteId: shared.id, version: 4, text: "US only 2", internal: false });
    expect(again.sideId).toBe(us.id);
    // The Korean side cannot see it now: editing it is a 404, as reading it.
    await expectAppError(
      editNote(w.manager, { noteId: shared.id, version: 5, text: "x", internal: false }),
      "NOT_FOUND",
    );
    await expectAppError(editNote(w.american, { noteId, version: 1, text: "peek", internal: false }), "NOT_FOUND");
  });

  it("someone on no side cannot make anything internal; a viewer cannot upload", async () => {
    await expectAppError(
      addNote(w.thirdParty, { agendaItemId, kind: "BRIEFING", internal: true, text: "x" }),
      "FORBIDDEN",
      "not_on_a_side",
    );
    await expectAppError(
      uploadDocument(noSideViewer, {
        parentKind: "COMMITTEE",
        parentId: w.committeeId,
        title: "x",
        kind: "OTHER",
        internal: false,
        file: pdf("x"),
      }),
      "FORBIDDEN",
    );
  });
});

describe("the upload checks of the attachment store", () => {
  const upload = (file: File) =>
    uploadDocument(w.korean, {
      parentKind: "COMMITTEE",
      parentId: w.committeeId,
      title: "Terms of reference",
      kind: "TERMS_OF_REFERENCE",
      internal: false,
      file,
    });

  it("refuses a file whose content is not an allowed type, whatever its name", async () => {
    await expectAppError(
      upload(new File(["just text, not a PDF"], "terms.pdf", { type: "application/pdf" })),
      "VALIDATION",
      "file_type_not_allowed",
    );
    await expectAppError(upload(new File([], "empty.pdf")), "VALIDATION", "file_empty");
  });

  it("refuses a file over the size limit, and stores nothing", async () => {
    const before = await db().committeeDocument.count();
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(new TextEncoder().encode("%PDF-1.4\n"));
    await expectAppError(upload(new File([big], "big.pdf")), "VALIDATION", "file_too_large");
    expect(await db().committeeDocument.count()).toBe(before);
  });

  it("a manager deletes a document with its versions; the file is gone", async () => {
    const doc = await upload(pdf("to delete"));
    const version = await db().committeeDocumentVersion.findFirstOrThrow({ where: { documentId: doc.id } });
    await expectAppError(deleteDocument(w.korean, { documentId: doc.id }), "FORBIDDEN", "cannot_manage_document");
    await deleteDocument(w.manager, { documentId: doc.id });
    expect(await db().committeeDocumentVersion.count({ where: { documentId: doc.id } })).toBe(0);
    expect(await downloads(w.manager, version.id)).toBe("404");
    const audit = await db().auditEvent.findMany({
      where: { targetId: doc.id },
      select: { action: true },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["document.upload", "document.delete"]);
  });
});
