"use client";
// The forms of committee documents and agenda item notes: upload, new version, make internal,
// delete (asks first), add and edit a note. What the reader may do comes from the service.
import { useTranslations } from "next-intl";
import { useId } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmit, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import {
  addDocumentVersionAction,
  addNoteAction,
  deleteDocumentAction,
  editNoteAction,
  narrowDocumentAction,
  uploadDocumentAction,
} from "@/lib/committees/document-actions";
import { DOCUMENT_KINDS, type DocumentParentKind, NOTE_KINDS } from "@/lib/committees/document-schemas";

const ACCEPT = ".pdf,.docx,.xlsx,.png,.jpg,.jpeg";

/** "Internal to <side>": a checkbox whose side is the author's (shown, never chosen). */
function InternalCheckbox({ side, defaultChecked = false }: { side: string; defaultChecked?: boolean }) {
  const t = useTranslations("documents");
  const id = useId();
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <input id={id} type="checkbox" name="internal" defaultChecked={defaultChecked} className="h-4 w-4" />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {t("internalLabel", { side })}
        </label>
      </div>
      <p className="text-xs text-slate-500">{t("internalHint", { side })}</p>
    </div>
  );
}

export function UploadDocumentForm({
  parentKind,
  parentId,
  side,
}: {
  parentKind: DocumentParentKind;
  parentId: string;
  /** The reader's side (an internal document is internal to it); null: shared only. */
  side: string | null;
}) {
  const t = useTranslations("documents");
  return (
    <ActionForm
      id={`upload-document-${parentId}`}
      action={uploadDocumentAction}
      label={t("upload")}
      successMessage={t("uploaded")}
      className="space-y-3"
    >
      <input type="hidden" name="parentKind" value={parentKind} />
      <input type="hidden" name="parentId" value={parentId} />
      <TextField name="title" label={t("docTitle")} required maxLength={200} />
      <SelectField
        name="kind"
        label={t("kind")}
        options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <TextField name="file" type="file" label={t("file")} hint={t("fileHint")} accept={ACCEPT} required />
      {side && <InternalCheckbox side={side} />}
      <SubmitButton variant="secondary">{t("upload")}</SubmitButton>
    </ActionForm>
  );
}

export function NewVersionForm({ documentId, version, title }: { documentId: string; version: number; title: string }) {
  const t = useTranslations("documents");
  return (
    <ActionForm
      id={`version-${documentId}`}
      action={addDocumentVersionAction}
      label={t("newVersionOf", { title })}
      successMessage={t("versionAdded")}
      className="space-y-2"
    >
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="version" value={version} />
      <TextField name="file" type="file" label={t("newVersionFile")} hint={t("fileHint")} accept={ACCEPT} required />
      <SubmitButton variant="secondary" size="sm">
        {t("newVersion")}
      </SubmitButton>
    </ActionForm>
  );
}

export function NarrowDocumentButton({
  documentId,
  version,
  title,
  side,
}: {
  documentId: string;
  version: number;
  title: string;
  side: string;
}) {
  const t = useTranslations("documents");
  return (
    <ActionForm id={`narrow-${documentId}`} action={narrowDocumentAction} label={t("makeInternal")} className="inline">
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="version" value={version} />
      <ConfirmSubmit
        trigger={t("makeInternal")}
        variant="secondary"
        title={t("makeInternalTitle", { title })}
        confirmLabel={t("makeInternal")}
      >
        {t("makeInternalBody", { side })}
      </ConfirmSubmit>
    </ActionForm>
  );
}

export function DeleteDocumentButton({ documentId, title }: { documentId: string; title: string }) {
  const t = useTranslations("documents");
  return (
    <ActionForm id={`delete-${documentId}`} action={deleteDocumentAction} label={t("delete")} className="inline">
      <input type="hidden" name="documentId" value={documentId} />
      <ConfirmSubmit
        trigger={t("delete")}
        triggerLabel={t("deleteNamed", { title })}
        title={t("deleteTitle", { title })}
        confirmLabel={t("delete")}
      >
        {t("deleteBody")}
      </ConfirmSubmit>
    </ActionForm>
  );
}

export function AddNoteForm({ agendaItemId, side }: { agendaItemId: string; side: string | null }) {
  const t = useTranslations("documents");
  return (
    <ActionForm
      id={`add-note-${agendaItemId}`}
      action={addNoteAction}
      label={t("addNote")}
      successMessage={t("noteAdded")}
      className="space-y-3"
    >
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      <SelectField
        name="kind"
        label={t("noteKind")}
        options={NOTE_KINDS.map((k) => ({ value: k, label: t(`noteKinds.${k}`) }))}
      />
      <TextAreaField name="text" label={t("noteText")} rows={4} required />
      {side && <InternalCheckbox side={side} defaultChecked />}
      <SubmitButton variant="secondary">{t("addNote")}</SubmitButton>
    </ActionForm>
  );
}

export function EditNoteForm({
  noteId,
  version,
  text,
  internal,
  authorSide,
}: {
  noteId: string;
  version: number;
  text: string;
  internal: boolean;
  /** Shown for a shared note: the side it may be narrowed to (its author's), if any. */
  authorSide: string | null;
}) {
  const t = useTranslations("documents");
  return (
    <ActionForm
      id={`edit-note-${noteId}`}
      action={editNoteAction}
      label={t("editNote")}
      successMessage={t("noteSaved")}
      resetOnSuccess={false}
      className="space-y-2"
    >
      <input type="hidden" name="noteId" value={noteId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField name="text" label={t("noteText")} rows={4} defaultValue={text} required />
      {internal ? (
        <input type="hidden" name="internal" value="on" />
      ) : (
        authorSide && <InternalCheckbox side={authorSide} />
      )}
      <SubmitButton variant="secondary" size="sm">
        {t("saveNote")}
      </SubmitButton>
    </ActionForm>
  );
}
