// The pre-session pack's documents and notes (getSessionPack's `papers`: shared ones and the
// reader's side's internal ones only).
import { getTranslations } from "next-intl/server";
import type { PackPapers } from "@/lib/committees/documents";

type Paper = PackPapers["sessionDocuments"][number];
type ItemPapers = PackPapers["items"][string];

async function PaperList({ documents }: { documents: Paper[] }) {
  const t = await getTranslations("documents");
  return (
    <ul className="list-disc pl-5 text-sm">
      {documents.map((d) => (
        <li key={d.id}>
          {d.versions[0] ? (
            <a href={`/api/committee-documents/${d.versions[0].id}`} className="hover:underline">
              {d.title}
            </a>
          ) : (
            d.title
          )}{" "}
          <span className="text-xs text-slate-600">
            ({t(`kinds.${d.kind}`)}
            {d.versions[0] && `, v${d.versions[0].number}`}) ·{" "}
            {d.side ? t("internalTo", { side: d.side.name }) : t("shared")}
          </span>
        </li>
      ))}
    </ul>
  );
}

export async function PackSessionDocuments({ documents }: { documents: Paper[] }) {
  const t = await getTranslations("documents");
  return (
    <section aria-labelledby="pack-documents" className="space-y-2">
      <h2 id="pack-documents" className="text-xl font-semibold">
        {t("sessionDocuments")}
      </h2>
      {documents.length ? <PaperList documents={documents} /> : <p className="text-sm text-slate-600">{t("none")}</p>}
    </section>
  );
}

export async function PackItemPapers({ papers }: { papers: ItemPapers | undefined }) {
  if (!papers || (!papers.documents.length && !papers.notes.length)) return null;
  const t = await getTranslations("documents");
  return (
    <>
      {papers.documents.length > 0 && (
        <div>
          <h4 className="text-sm font-semibold">{t("title")}</h4>
          <PaperList documents={papers.documents} />
        </div>
      )}
      {papers.notes.length > 0 && (
        <div>
          <h4 className="text-sm font-semibold">{t("notesTitle")}</h4>
          <ul className="space-y-1 text-sm">
            {papers.notes.map((n) => (
              <li key={n.id}>
                <strong>{t(`noteKinds.${n.kind}`)}</strong> ·{" "}
                {n.side ? t("internalTo", { side: n.side.name }) : t("shared")} · {n.author.name}:{" "}
                <span className="whitespace-pre-wrap">{n.text}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
