// The documents section of a committee, session, agenda item or follow-up page: the documents
// the reader may read (shared, or internal to the reader's side), each with its versions to
// download; upload, new version, make internal and delete as the service allows. On the
// committee page it also searches every document of the committee by title (`?q=`).
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { dateTimeOptions } from "@/components/ui/date-time";
import { TextLink } from "@/components/ui/text-link";
import type { DocumentParent } from "@/lib/committees/document-schemas";
import { documentListQuerySchema } from "@/lib/committees/document-schemas";
import { listDocuments } from "@/lib/committees/documents";
import type { Actor } from "@/lib/server/actor";
import { DeleteDocumentButton, NarrowDocumentButton, NewVersionForm, UploadDocumentForm } from "./document-forms";

const kb = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;

export async function DocumentsSection({
  actor,
  parent,
  searchParams,
}: {
  actor: Actor;
  parent: DocumentParent;
  /** The page's query (the committee page: `q` and the page cursor `docs`). */
  searchParams?: Record<string, string | string[] | undefined>;
}) {
  const query = documentListQuerySchema.parse(searchParams ?? {});
  const searchable = parent.kind === "COMMITTEE";
  const q = searchable ? query.q : undefined;
  const list = await listDocuments(actor, parent, { q, cursor: query.docs });
  const t = await getTranslations("documents");
  const format = await getFormatter();
  const basePath = `${{ COMMITTEE: "/committees", SESSION: "/sessions", AGENDA_ITEM: "/agenda-items", FOLLOW_UP: "/follow-ups" }[parent.kind]}/${parent.id}`;
  const more = list.nextCursor
    ? `${basePath}?${new URLSearchParams({ ...(q ? { q } : {}), docs: list.nextCursor })}#documents`
    : null;
  return (
    <section id="documents" aria-labelledby={`documents-${parent.id}`}>
      <Card title={<span id={`documents-${parent.id}`}>{t("title")}</span>}>
        {searchable && (
          <form method="get" action={`${basePath}#documents`} role="search" className="mb-4 flex items-end gap-2">
            <div className="grow space-y-1">
              <label htmlFor={`documents-q-${parent.id}`} className="block text-sm font-medium text-slate-800">
                {t("search")}
              </label>
              <input
                id={`documents-q-${parent.id}`}
                name="q"
                type="search"
                defaultValue={q ?? ""}
                maxLength={200}
                className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
              />
            </div>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-2 text-sm">
              {t("searchButton")}
            </button>
          </form>
        )}
        {list.items.length ? (
          <ul className="divide-y divide-slate-100 text-sm">
            {list.items.map((doc) => {
              const latest = doc.versions[0];
              const mayManage = list.can.manage || doc.author.id === actor.id;
              const where = doc.session ?? doc.agendaItem ?? doc.followUp;
              const whereHref = doc.session
                ? `/sessions/${doc.session.id}`
                : doc.agendaItem
                  ? `/agenda-items/${doc.agendaItem.id}`
                  : doc.followUp
                    ? `/follow-ups/${doc.followUp.id}`
                    : null;
              return (
                <li key={doc.id} className="space-y-1 py-3">
                  <div className="flex flex-wrap items-center gap-2">
                    {latest ? (
                      <a
                        href={`/api/committee-documents/${latest.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {doc.title}
                      </a>
                    ) : (
                      <span className="font-medium">{doc.title}</span>
                    )}
                    <Badge tone="blue">{t(`kinds.${doc.kind}`)}</Badge>
                    {doc.side ? (
                      <Badge tone="amber">{t("internalTo", { side: doc.side.name })}</Badge>
                    ) : (
                      <Badge>{t("shared")}</Badge>
                    )}
                  </div>
                  <p className="text-xs text-slate-500">
                    {doc.author.name}
                    {doc.author.institution && ` · ${doc.author.institution.shortName}`}
                    {latest && ` · v${latest.number} · ${format.dateTime(latest.createdAt, dateTimeOptions())}`}
                    {searchable && where && whereHref && (
                      <>
                        {" · "}
                        <TextLink href={whereHref}>{where.title}</TextLink>
                      </>
                    )}
                  </p>
                  <details>
                    <summary className="cursor-pointer text-xs font-medium text-brand-700">
                      {t("versions", { count: doc.versions.length })}
                    </summary>
                    <ol className="mt-2 space-y-1 pl-4 text-xs">
                      {doc.versions.map((v) => (
                        <li key={v.id}>
                          <a href={`/api/committee-documents/${v.id}`} className="text-brand-700 hover:underline">
                            {t("versionLine", { number: v.number, fileName: v.fileName })}
                          </a>{" "}
                          <span className="text-slate-500">
                            {kb(v.size)} · {v.uploadedBy.name} · {format.dateTime(v.createdAt, dateTimeOptions())}
                          </span>
                        </li>
                      ))}
                    </ol>
                    {mayManage && (
                      <div className="mt-3 space-y-3 border-t border-slate-100 pt-3">
                        <NewVersionForm documentId={doc.id} version={doc.version} title={doc.title} />
                        <div className="flex flex-wrap gap-2">
                          {!doc.side && list.side && doc.author.id === actor.id && (
                            <NarrowDocumentButton
                              documentId={doc.id}
                              version={doc.version}
                              title={doc.title}
                              side={list.side.name}
                            />
                          )}
                          {list.can.manage && <DeleteDocumentButton documentId={doc.id} title={doc.title} />}
                        </div>
                      </div>
                    )}
                  </details>
                </li>
              );
            })}
          </ul>
        ) : (
          <EmptyState>{q ? t("noMatch", { q }) : t("none")}</EmptyState>
        )}
        {more && (
          <p className="mt-3 text-sm">
            <TextLink href={more}>{t("more")}</TextLink>
          </p>
        )}
        {list.can.upload && (
          <details className="mt-4 border-t border-slate-100 pt-3">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("upload")}</summary>
            <div className="mt-3">
              <UploadDocumentForm parentKind={parent.kind} parentId={parent.id} side={list.side?.name ?? null} />
            </div>
          </details>
        )}
      </Card>
    </section>
  );
}
