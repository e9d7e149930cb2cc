// Notes on an agenda item: each side's briefing notes and negotiating position, in a section
// per side the reader may see (shared notes, then the reader's own side's internal ones; a
// partner side's internal notes are never read). The author or a manager edits a note.
import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { dateTimeOptions } from "@/components/ui/date-time";
import { listNotes } from "@/lib/committees/documents";
import type { Actor } from "@/lib/server/actor";
import { AddNoteForm, EditNoteForm } from "./document-forms";

export async function NotesSection({ actor, agendaItemId }: { actor: Actor; agendaItemId: string }) {
  const { sections, can, side } = await listNotes(actor, agendaItemId);
  const t = await getTranslations("documents");
  const format = await getFormatter();
  return (
    <Card title={t("notesTitle")}>
      <div className="space-y-5">
        {sections.map((section) => (
          <section
            key={section.side?.id ?? "shared"}
            aria-label={section.side ? t("internalTo", { side: section.side.name }) : t("sharedNotes")}
          >
            <h3 className="mb-2 text-sm font-semibold">
              {section.side ? t("sideNotes", { side: section.side.name }) : t("sharedNotes")}
            </h3>
            {section.notes.length ? (
              <ul className="space-y-3 text-sm">
                {section.notes.map((note) => (
                  <li key={note.id} className="border-l-2 border-slate-300 pl-3">
                    <p className="flex flex-wrap items-center gap-2">
                      <Badge tone={note.kind === "POSITION" ? "amber" : "blue"}>{t(`noteKinds.${note.kind}`)}</Badge>
                      <span className="text-xs text-slate-500">
                        {note.author.name}
                        {note.author.institution && ` · ${note.author.institution.shortName}`} ·{" "}
                        {format.dateTime(note.updatedAt, dateTimeOptions())}
                      </span>
                    </p>
                    <Markdown className="mt-1 text-sm">{note.text}</Markdown>
                    {note.canEdit && (
                      <details className="mt-2">
                        <summary className="cursor-pointer text-xs font-medium text-brand-700">{t("editNote")}</summary>
                        <div className="mt-2">
                          <EditNoteForm
                            noteId={note.id}
                            version={note.version}
                            text={note.text}
                            internal={!!note.sideId}
                            authorSide={note.authorId === actor.id ? (side?.name ?? null) : null}
                          />
                        </div>
                      </details>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>{t("noNotes")}</EmptyState>
            )}
          </section>
        ))}
      </div>
      {can.add && (
        <details className="mt-4 border-t border-slate-100 pt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("addNote")}</summary>
          <div className="mt-3">
            <AddNoteForm agendaItemId={agendaItemId} side={side?.name ?? null} />
          </div>
        </details>
      )}
    </Card>
  );
}
