"use server";
// Server actions of committee documents and agenda item notes (lib/committees/documents.ts).
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import {
  addNoteSchema,
  type DOCUMENT_PARENTS,
  deleteDocumentSchema,
  documentVersionSchema,
  editNoteSchema,
  narrowDocumentSchema,
  uploadDocumentSchema,
} from "./document-schemas";
import {
  addDocumentVersion,
  addNote,
  deleteDocument,
  documentPath,
  editNote,
  narrowDocument,
  uploadDocument,
} from "./documents";

const PARENT_PATHS: Record<(typeof DOCUMENT_PARENTS)[number], string> = {
  COMMITTEE: "/committees",
  SESSION: "/sessions",
  AGENDA_ITEM: "/agenda-items",
  FOLLOW_UP: "/follow-ups",
};

/** The page of the document or note the action changed. */
const revalidated = <T extends { path: string }>(result: T) => {
  revalidatePath(result.path);
  return result;
};

export const uploadDocumentAction = authedAction(
  uploadDocumentSchema,
  async (actor, input) => {
    const document = await uploadDocument(actor, input);
    return { id: document.id, path: documentPath(document) };
  },
  { revalidate: (input) => [`${PARENT_PATHS[input.parentKind]}/${input.parentId}`] },
);

export const addDocumentVersionAction = authedAction(documentVersionSchema, async (actor, input) =>
  revalidated(await addDocumentVersion(actor, input)),
);

export const narrowDocumentAction = authedAction(narrowDocumentSchema, async (actor, input) =>
  revalidated(await narrowDocument(actor, input)),
);

export const deleteDocumentAction = authedAction(deleteDocumentSchema, async (actor, input) =>
  revalidated(await deleteDocument(actor, input)),
);

export const addNoteAction = authedAction(addNoteSchema, addNote, {
  revalidate: (input) => [`/agenda-items/${input.agendaItemId}`],
});

export const editNoteAction = authedAction(editNoteSchema, async (actor, input) =>
  revalidated(await editNote(actor, input)),
);
