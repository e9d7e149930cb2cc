import "server-only";
import { discardStored, readStored, storeUploadedFile } from "@/lib/attachments/service";
// Committee documents (on the committee, a session, an agenda item or a follow-up; versioned
// files in the brief attachment store) and agenda item notes (each side's briefing notes and
// negotiating position). Each is shared with the committee (`sideId` null) or internal to one
// side: the side rule `sideVisibleWhere(sideIds)` is in every query that reads them, so a
// partner side's internal record is absent (404) from every door. The side of an internal record
// is its author's side, derived here, never chosen; a record can only be narrowed (shared →
// internal), never widened. Contributors and managers on a side upload and write notes;
// managers manage documents (new version, narrow, delete); the author or a manager edits a note.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEvent } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { db, type Tx } from "@/lib/server/db";
import { conflict, invalid, notFound } from "@/lib/server/errors";
import { keyset, toPage } from "@/lib/server/pagination";
import { committeeWhere } from "@/lib/server/scope";
import type {
  AddNoteInput,
  DocumentParent,
  DocumentVersionInput,
  EditNoteInput,
  UploadDocumentInput,
} from "./document-schemas";
import { committeeAccess, sideVisibleWhere } from "./service";

/** Documents shown on a page at once (the committee's list pages on). */
export const DOCUMENT_PAGE = 20;

const PARENT_FIELD = {
  COMMITTEE: null,
  SESSION: "sessionId",
  AGENDA_ITEM: "agendaItemId",
  FOLLOW_UP: "followUpId",
} as const;

/** The committee of a document's parent, found within the actor's committees (404 otherwise). */
async function parentCommitteeId(tx: Tx, actor: Actor, parent: DocumentParent): Promise<string> {
  if (parent.kind === "COMMITTEE") return parent.id;
  const where = { id: parent.id, committee: committeeWhere(actor) };
  const select = { committeeId: true } as const;
  const found =
    parent.kind === "SESSION"
      ? await tx.session.findFirst({ where, select })
      : parent.kind === "AGENDA_ITEM"
        ? await tx.agendaItem.findFirst({ where, select })
        : await tx.followUp.findFirst({ where, select });
  if (!found) throw notFound("This record");
  return found.committeeId;
}

/** The `where` of a parent's own documents (the committee's: those on no session, item or follow-up). */
function parentWhere(parent: DocumentParent, committeeId: string): Prisma.CommitteeDocumentWhereInput {
  const field = PARENT_FIELD[parent.kind];
  return field
    ? { committeeId, [field]: parent.id }
    : { committeeId, sessionId: null, agendaItemId: null, followUpId: null };
}

/** The actor's side that their internal records belong to: the first of theirs, by position. */
async function authorSide(tx: Tx, committeeId: string, sideIds: readonly string[]) {
  if (!sideIds.length) return null;
  const side = await tx.committeeSide.findFirst({
    where: { committeeId, id: { in: [...sideIds] } },
    orderBy: { position: "asc" },
    select: { id: true, name: true },
  });
  return side;
}

/** The sides of the committee a user's institution sits on (for a record's author). */
async function sidesOfUser(tx: Tx, userId: string, committeeId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { institutionId: true } });
  if (!user?.institutionId) return [];
  const rows = await tx.committeeInstitution.findMany({
    where: { committeeId, institutionId: user.institutionId },
    select: { sideId: true },
  });
  return rows.map((r) => r.sideId);
}

const VERSIONS = {
  orderBy: { number: "desc" as const },
  select: {
    id: true,
    number: true,
    fileName: true,
    contentType: true,
    size: true,
    createdAt: true,
    uploadedBy: { select: { name: true } },
  },
};

const DOCUMENT_INCLUDE = {
  author: { select: { id: true, name: true, institution: { select: { shortName: true } } } },
  side: { select: { id: true, name: true } },
  session: { select: { id: true, title: true } },
  agendaItem: { select: { id: true, title: true } },
  followUp: { select: { id: true, title: true } },
  versions: VERSIONS,
} as const;

/** What the actor may do with documents here (the section's forms read it). */
function documentCan(role: Parameters<typeof canWorkspace>[0], sideIds: readonly string[]) {
  const propose = canWorkspace(role, "agenda.propose");
  const manager = canWorkspace(role, "committee.manage");
  return {
    upload: propose && (sideIds.length > 0 || manager),
    internal: propose && sideIds.length > 0,
    manage: manager,
  };
}

/**
 * The documents of a parent the actor may read, newest first, a page at a time. On the committee
 * (`kind` COMMITTEE) with `q`: every document of the committee whose title contains `q` (the
 * committee's document search), through the same side rule.
 */
export async function listDocuments(
  actor: Actor,
  parent: DocumentParent,
  options: { q?: string; cursor?: string } = {},
) {
  const committeeId = await parentCommitteeId(db(), actor, parent);
  const { role, sideIds } = await committeeAccess(db(), actor, committeeId);
  const page = keyset(options.cursor, DOCUMENT_PAGE);
  const scope =
    parent.kind === "COMMITTEE" && options.q
      ? { committeeId, title: { contains: options.q, mode: "insensitive" as const } }
      : parentWhere(parent, committeeId);
  const rows = await db().committeeDocument.findMany({
    where: { AND: [scope, sideVisibleWhere(sideIds), page.where] },
    include: DOCUMENT_INCLUDE,
    orderBy: page.orderBy,
    take: page.take,
  });
  const can = documentCan(role, sideIds);
  const side = can.internal ? await authorSide(db(), committeeId, sideIds) : null;
  return {
    ...toPage(rows, DOCUMENT_PAGE),
    committeeId,
    can,
    /** The side an internal upload would belong to (the actor's). */
    side,
  };
}

/** A document the actor may read, with the actor's role and sides; 404 otherwise. */
async function documentAccess(tx: Tx, actor: Actor, documentId: string) {
  const found = await tx.committeeDocument.findFirst({
    where: { id: documentId, committee: committeeWhere(actor) },
    select: { committeeId: true },
  });
  if (!found) throw notFound("This document");
  const access = await committeeAccess(tx, actor, found.committeeId);
  const document = await tx.committeeDocument.findFirst({
    where: { AND: [{ id: documentId }, sideVisibleWhere(access.sideIds)] },
    include: { versions: { select: { storageKey: true, number: true }, orderBy: { number: "desc" } } },
  });
  if (!document) throw notFound("This document");
  return { ...access, document };
}

/** The page a document is shown on (its parent's). */
export function documentPath(d: {
  committeeId: string;
  sessionId: string | null;
  agendaItemId: string | null;
  followUpId: string | null;
}) {
  if (d.sessionId) return `/sessions/${d.sessionId}`;
  if (d.agendaItemId) return `/agenda-items/${d.agendaItemId}`;
  if (d.followUpId) return `/follow-ups/${d.followUpId}`;
  return `/committees/${d.committeeId}`;
}

const parentEvent = (d: { sessionId: string | null; agendaItemId: string | null; followUpId: string | null }) =>
  d.sessionId
    ? { sessionId: d.sessionId }
    : d.agendaItemId
      ? { agendaItemId: d.agendaItemId }
      : d.followUpId
        ? { followUpId: d.followUpId }
        : {};

/** Uploads a new document (its version 1); internal to the author's side when asked. */
export async function uploadDocument(actor: Actor, input: UploadDocumentInput) {
  // Who may, before the bytes are stored.
  const parent = { kind: input.parentKind, id: input.parentId };
  const committeeId = await parentCommitteeId(db(), actor, parent);
  const pre = await committeeAccess(db(), actor, committeeId, "agenda.propose");
  requirePermission(documentCan(pre.role, pre.sideIds).upload, "not_on_a_side");
  if (input.internal && !pre.sideIds.length) throw invalid("internal", "no_side_for_internal");
  const stored = await storeUploadedFile(input.file);
  try {
    return await db().$transaction(async (tx) => {
      const { committee, sideIds } = await committeeAccess(tx, actor, committeeId, "agenda.propose");
      const side = input.internal ? await authorSide(tx, committee.id, sideIds) : null;
      if (input.internal && !side) throw invalid("internal", "no_side_for_internal");
      const field = PARENT_FIELD[parent.kind];
      const document = await tx.committeeDocument.create({
        data: {
          committeeId: committee.id,
          ...(field ? { [field]: parent.id } : {}),
          title: input.title,
          kind: input.kind,
          sideId: side?.id ?? null,
          authorId: actor.id,
          versions: { create: { number: 1, ...stored, uploadedById: actor.id } },
        },
      });
      await recordAudit(tx, {
        action: "document.upload",
        actor,
        targetType: "committee_document",
        targetId: document.id,
        workspaceId: committee.workspaceId,
        institutionId: actor.institutionId,
        metadata: { title: document.title, parent: parent.kind, internalSide: document.sideId, ...fileMeta(stored) },
      });
      await recordEvent(tx, {
        kind: "DOCUMENT_ADDED",
        committeeId: committee.id,
        actorId: actor.id,
        ...parentEvent(document),
        payload: { internalSide: document.sideId, document: document.title, documentId: document.id, number: 1 },
      });
      return document;
    });
  } catch (error) {
    await discardStored(stored.storageKey);
    throw error;
  }
}

const fileMeta = (f: { fileName: string; size: number }) => ({ fileName: f.fileName, size: f.size });

/** The author or a manager (of a side that may read it) adds a version; older ones stay. */
export async function addDocumentVersion(actor: Actor, input: DocumentVersionInput) {
  const pre = await documentAccess(db(), actor, input.documentId);
  if (pre.document.authorId !== actor.id)
    requirePermission(documentCan(pre.role, pre.sideIds).manage, "cannot_manage_document");
  if (pre.document.version !== input.version) throw conflict("stale_document");
  const stored = await storeUploadedFile(input.file);
  try {
    return await db().$transaction(async (tx) => {
      const { document, committee, role, sideIds } = await documentAccess(tx, actor, input.documentId);
      if (document.authorId !== actor.id)
        requirePermission(documentCan(role, sideIds).manage, "cannot_manage_document");
      // The version column orders concurrent uploads: the second one based on the same version loses.
      const { count } = await tx.committeeDocument.updateMany({
        where: { id: document.id, version: input.version },
        data: { version: { increment: 1 } },
      });
      if (!count) throw conflict("stale_document");
      const number = (document.versions[0]?.number ?? 0) + 1;
      const version = await tx.committeeDocumentVersion.create({
        data: { documentId: document.id, number, ...stored, uploadedById: actor.id },
      });
      await recordAudit(tx, {
        action: "document.version_add",
        actor,
        targetType: "committee_document",
        targetId: document.id,
        workspaceId: committee.workspaceId,
        institutionId: actor.institutionId,
        metadata: { number, ...fileMeta(stored) },
      });
      await recordEvent(tx, {
        kind: "DOCUMENT_ADDED",
        committeeId: committee.id,
        actorId: actor.id,
        ...parentEvent(document),
        payload: { internalSide: document.sideId, document: document.title, documentId: document.id, number },
      });
      return { id: version.id, number, path: documentPath(document) };
    });
  } catch (error) {
    await discardStored(stored.storageKey);
    throw error;
  }
}

/** Shared → internal to the author's side (by the author or a manager of that side); never back. */
export async function narrowDocument(actor: Actor, input: { documentId: string; version: number }) {
  return db().$transaction(async (tx) => {
    const { document, committee, role, sideIds } = await documentAccess(tx, actor, input.documentId);
    if (document.sideId) throw conflict("already_internal");
    const authorSides = await sidesOfUser(tx, document.authorId, committee.id);
    const side = await authorSide(tx, committee.id, authorSides);
    if (!side) throw invalid("internal", "no_side_for_internal");
    const mayNarrow =
      document.authorId === actor.id || (documentCan(role, sideIds).manage && sideIds.includes(side.id));
    requirePermission(mayNarrow, "cannot_manage_document");
    const { count } = await tx.committeeDocument.updateMany({
      where: { id: document.id, version: input.version, sideId: null },
      data: { sideId: side.id, version: { increment: 1 } },
    });
    if (!count) throw conflict("stale_document");
    await recordAudit(tx, {
      action: "document.narrow",
      actor,
      targetType: "committee_document",
      targetId: document.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { internalSide: side.id },
    });
    return { sideId: side.id, path: documentPath(document) };
  });
}

/** A manager deletes a document with every version; the stored files go after the commit. */
export async function deleteDocument(actor: Actor, input: { documentId: string }) {
  const removed = await db().$transaction(async (tx) => {
    const { document, committee, role, sideIds } = await documentAccess(tx, actor, input.documentId);
    requirePermission(documentCan(role, sideIds).manage, "cannot_manage_document");
    await tx.committeeDocument.delete({ where: { id: document.id } });
    await recordAudit(tx, {
      action: "document.delete",
      actor,
      targetType: "committee_document",
      targetId: document.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { title: document.title, versions: document.versions.length, internalSide: document.sideId },
    });
    return { keys: document.versions.map((v) => v.storageKey), path: documentPath(document) };
  });
  for (const key of removed.keys) await discardStored(key);
  return { path: removed.path };
}

/** The bytes of a document version the actor may read (committee scope + side rule); 404 otherwise. */
export async function readDocumentVersion(actor: Actor, versionId: string) {
  const found = await db().committeeDocumentVersion.findFirst({
    where: { id: versionId, document: { committee: committeeWhere(actor) } },
    select: { document: { select: { committeeId: true } } },
  });
  if (!found) throw notFound("This document");
  const { sideIds } = await committeeAccess(db(), actor, found.document.committeeId);
  const version = await db().committeeDocumentVersion.findFirst({
    where: { id: versionId, document: sideVisibleWhere(sideIds) },
  });
  if (!version) throw notFound("This document");
  return { version, bytes: await readStored(version.storageKey) };
}

// ---------------------------------------------------------------------------------------------
// Notes on an agenda item.

const NOTE_INCLUDE = {
  author: { select: { id: true, name: true, institutionId: true, institution: { select: { shortName: true } } } },
  side: { select: { id: true, name: true, position: true } },
} as const;

async function agendaItemAccess(tx: Tx, actor: Actor, agendaItemId: string) {
  const item = await tx.agendaItem.findFirst({
    where: { id: agendaItemId, committee: committeeWhere(actor) },
    select: { id: true, committeeId: true },
  });
  if (!item) throw notFound("This agenda item");
  return { item, ...(await committeeAccess(tx, actor, item.committeeId)) };
}

/**
 * The notes on an agenda item the actor may read, in sections: shared first, then each of the
 * actor's sides (a partner side's internal notes are not read at all). Each note says whether
 * the actor may edit it (its author, or a manager who can read it).
 */
export async function listNotes(actor: Actor, agendaItemId: string) {
  const { item, role, sideIds } = await agendaItemAccess(db(), actor, agendaItemId);
  const notes = await db().agendaItemNote.findMany({
    where: { AND: [{ agendaItemId: item.id }, sideVisibleWhere(sideIds)] },
    include: NOTE_INCLUDE,
    orderBy: { id: "asc" },
    take: 200,
  });
  const manager = canWorkspace(role, "committee.manage");
  const can = documentCan(role, sideIds);
  const side = can.internal ? await authorSide(db(), item.committeeId, sideIds) : null;
  const seats = await db().committeeInstitution.findMany({
    where: { committeeId: item.committeeId },
    select: { institutionId: true, sideId: true },
  });
  const authorSides = (institutionId: string | null) =>
    seats.filter((s) => s.institutionId === institutionId).map((s) => s.sideId);
  const shown = notes.map((n) => ({
    ...n,
    canEdit: n.authorId === actor.id || (manager && managesAuthorsSide(sideIds, authorSides(n.author.institutionId))),
  }));
  // Shared first, then the reader's own side (shown even when empty, so a side sees where its
  // internal notes go), then any other side the reader sits on.
  const sections = new Map<string, { side: { id: string; name: string } | null; notes: typeof shown }>();
  sections.set("shared", { side: null, notes: [] });
  if (side) sections.set(side.id, { side, notes: [] });
  for (const note of shown) {
    const key = note.sideId ?? "shared";
    if (!sections.has(key)) sections.set(key, { side: note.side, notes: [] });
    sections.get(key)?.notes.push(note);
  }
  return { sections: [...sections.values()], can: { add: can.upload, internal: can.internal }, side };
}

export async function addNote(actor: Actor, input: AddNoteInput) {
  return db().$transaction(async (tx) => {
    const { item, committee, role, sideIds } = await agendaItemAccess(tx, actor, input.agendaItemId);
    requirePermission(documentCan(role, sideIds).upload, "not_on_a_side");
    const side = input.internal ? await authorSide(tx, committee.id, sideIds) : null;
    if (input.internal && !side) throw invalid("internal", "no_side_for_internal");
    const note = await tx.agendaItemNote.create({
      data: { agendaItemId: item.id, kind: input.kind, sideId: side?.id ?? null, authorId: actor.id, text: input.text },
    });
    await recordAudit(tx, {
      action: "agenda_note.create",
      actor,
      targetType: "agenda_item",
      targetId: item.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { noteId: note.id, kind: note.kind, internalSide: note.sideId },
    });
    await recordEvent(tx, {
      kind: "AGENDA_NOTE_ADDED",
      committeeId: committee.id,
      agendaItemId: item.id,
      actorId: actor.id,
      payload: { internalSide: note.sideId, noteKind: note.kind },
    });
    return note;
  });
}

/**
 * A manager speaks for their own side: they may edit a note whose author sits on one of their
 * sides, or on none (a secretariat note), never the partner side's note (its author's name
 * stays on it).
 */
function managesAuthorsSide(managerSides: readonly string[], authorSides: readonly string[]) {
  return authorSides.length === 0 || authorSides.some((s) => managerSides.includes(s));
}

/** The author or a manager of the author's side edits a note (stale version refused); it may
 * be narrowed, never widened. The audit keeps the text it replaced. */
export async function editNote(actor: Actor, input: EditNoteInput) {
  return db().$transaction(async (tx) => {
    const found = await tx.agendaItemNote.findFirst({
      where: { id: input.noteId, agendaItem: { committee: committeeWhere(actor) } },
      select: { agendaItemId: true },
    });
    if (!found) throw notFound("This note");
    const { committee, role, sideIds } = await agendaItemAccess(tx, actor, found.agendaItemId);
    const note = await tx.agendaItemNote.findFirst({
      where: { AND: [{ id: input.noteId }, sideVisibleWhere(sideIds)] },
    });
    if (!note) throw notFound("This note");
    const authorSides = await sidesOfUser(tx, note.authorId, committee.id);
    requirePermission(
      note.authorId === actor.id ||
        (canWorkspace(role, "committee.manage") && managesAuthorsSide(sideIds, authorSides)),
      "cannot_edit_note",
    );
    let sideId = note.sideId;
    if (input.internal && !sideId) {
      const side = await authorSide(tx, committee.id, authorSides);
      if (!side) throw invalid("internal", "no_side_for_internal");
      sideId = side.id;
    }
    const { count } = await tx.agendaItemNote.updateMany({
      where: { id: note.id, version: input.version },
      data: { text: input.text, sideId, version: { increment: 1 } },
    });
    if (!count) throw conflict("stale_note");
    await recordAudit(tx, {
      action: "agenda_note.update",
      actor,
      targetType: "agenda_item",
      targetId: note.agendaItemId,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: {
        noteId: note.id,
        previousText: note.text,
        ...(sideId !== note.sideId ? { narrowedTo: sideId } : {}),
      },
    });
    return { id: note.id, version: input.version + 1, sideId, path: `/agenda-items/${note.agendaItemId}` };
  });
}

// ---------------------------------------------------------------------------------------------
// The pre-session pack's papers: the session's documents, and per agenda item its documents and
// notes, all through the reader's side rule.

export async function packPapers(actor: Actor, committeeId: string, sessionId: string, agendaItemIds: string[]) {
  const { sideIds } = await committeeAccess(db(), actor, committeeId);
  const visible = sideVisibleWhere(sideIds);
  const documents = await db().committeeDocument.findMany({
    where: { AND: [{ committeeId }, { OR: [{ sessionId }, { agendaItemId: { in: agendaItemIds } }] }, visible] },
    include: { side: { select: { name: true } }, versions: { ...VERSIONS, take: 1 } },
    orderBy: { id: "asc" },
    take: 500,
  });
  const notes = await db().agendaItemNote.findMany({
    where: { AND: [{ agendaItemId: { in: agendaItemIds } }, visible] },
    include: { side: { select: { name: true } }, author: { select: { name: true } } },
    orderBy: { id: "asc" },
    take: 500,
  });
  return {
    sessionDocuments: documents.filter((d) => d.sessionId === sessionId),
    items: Object.fromEntries(
      agendaItemIds.map((id) => [
        id,
        {
          documents: documents.filter((d) => d.agendaItemId === id),
          notes: notes.filter((n) => n.agendaItemId === id),
        },
      ]),
    ),
  };
}
export type PackPapers = Awaited<ReturnType<typeof packPapers>>;
