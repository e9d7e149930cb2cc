// Committee documents and agenda item notes: the inputs of their actions and list query.
import { z } from "zod";
import { fileField, version } from "@/lib/forms/schemas";
import { searchText } from "@/lib/server/text";

export const DOCUMENT_KINDS = [
  "TERMS_OF_REFERENCE",
  "SLIDES",
  "JOINT_STATEMENT",
  "EVIDENCE",
  "BRIEFING_NOTE",
  "OTHER",
] as const;
export const NOTE_KINDS = ["BRIEFING", "POSITION"] as const;

/** Where a document hangs: the committee itself, or one of its sessions, agenda items, follow-ups. */
export const DOCUMENT_PARENTS = ["COMMITTEE", "SESSION", "AGENDA_ITEM", "FOLLOW_UP"] as const;
export type DocumentParentKind = (typeof DOCUMENT_PARENTS)[number];
export interface DocumentParent {
  kind: DocumentParentKind;
  id: string;
}

/** A checkbox: "on" when ticked, absent otherwise. */
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");

export const uploadDocumentSchema = z.object({
  parentKind: z.enum(DOCUMENT_PARENTS),
  parentId: z.uuid(),
  title: z.string().trim().min(1, "required").max(200, "max_chars:200"),
  kind: z.enum(DOCUMENT_KINDS, { error: "choose_kind" }),
  /** Internal to the author's side (derived, never chosen). */
  internal: checkbox,
  file: fileField(),
});
export type UploadDocumentInput = z.infer<typeof uploadDocumentSchema>;

export const documentVersionSchema = z.object({ documentId: z.uuid(), version: version(), file: fileField() });
export type DocumentVersionInput = z.infer<typeof documentVersionSchema>;

/** Shared → internal to the author's side; never back. */
export const narrowDocumentSchema = z.object({ documentId: z.uuid(), version: version() });
export const deleteDocumentSchema = z.object({ documentId: z.uuid() });

const noteText = z.string().trim().min(1, "required").max(20000, "max_chars:20000");

export const addNoteSchema = z.object({
  agendaItemId: z.uuid(),
  kind: z.enum(NOTE_KINDS, { error: "choose_kind" }),
  internal: checkbox,
  text: noteText,
});
export type AddNoteInput = z.infer<typeof addNoteSchema>;

export const editNoteSchema = z.object({
  noteId: z.uuid(),
  version: version(),
  text: noteText,
  /** Ticked: make a shared note internal to its author's side (never the other way). */
  internal: checkbox,
});
export type EditNoteInput = z.infer<typeof editNoteSchema>;

/** The committee page's document list: a title filter and a page cursor, from the URL. */
export const documentListQuerySchema = z.object({
  // The shared search-box rule (no control characters, trimmed, bounded); odd input: no filter.
  q: searchText(200)
    .transform((v) => v || undefined)
    .optional()
    .catch(undefined),
  docs: z.uuid().optional().catch(undefined),
});
