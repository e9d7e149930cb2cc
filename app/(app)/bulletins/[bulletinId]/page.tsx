import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { MastheadForm } from "@/components/bulletins/masthead-form";
import { PrintButton } from "@/components/bulletins/print-button";
import { DownloadLinks } from "@/components/exports/download-links";
import { Markdown } from "@/components/markdown";
import { TextLink } from "@/components/ui/text-link";
import { getBulletin } from "@/lib/bulletins/service";
import { countryName } from "@/lib/reference/country-names";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

export default async function BulletinPage({ params }: { params: Promise<{ bulletinId: string }> }) {
  const user = await requireUser();
  const locale = await getLocale();
  const { bulletinId } = await params;
  const bulletin = await orNotFound(getBulletin(user, bulletinId));
  const t = await getTranslations("bulletins");
  const v = await getTranslations("vocab.category");
  const tm = await getTranslations("masthead");
  const format = await getFormatter();
  return (
    <article className="mx-auto max-w-3xl space-y-8 rounded-lg bg-white p-6 shadow-sm print:p-0 print:shadow-none">
      <div className="no-print flex justify-between">
        <TextLink href={`/workspaces/${bulletin.workspace.id}/bulletins`} className="text-sm">
          {t("back")}
        </TextLink>
        <div className="flex flex-wrap gap-2">
          <DownloadLinks href={`/api/bulletins/${bulletin.id}/export`} />
          <PrintButton label={t("print")} />
        </div>
      </div>
      <header className="border-b-2 border-slate-900 pb-4 text-center">
        {bulletin.seriesName && <p className="text-lg font-semibold tracking-wide">{bulletin.seriesName}</p>}
        <p className="text-sm uppercase tracking-wide text-slate-600">{bulletin.workspace.name}</p>
        <h1 className="mt-1 text-3xl font-bold">{bulletin.title}</h1>
        <p className="mt-2 text-sm">
          {t("number", { year: bulletin.year, n: bulletin.numberInYear, overall: bulletin.overallNumber })} ·{" "}
          {format.dateTime(bulletin.issueDate, { dateStyle: "long", timeZone: "UTC" })}
        </p>
        <p className="text-sm text-slate-600">
          {t("editedBy", { names: bulletin.editors.map((e) => e.user.name).join(", ") })}
        </p>
      </header>

      {bulletin.highlights.length > 0 && (
        <section aria-labelledby="highlights-heading" className="print-avoid-break rounded-md bg-slate-50 p-4">
          <h2 id="highlights-heading" className="text-lg font-semibold">
            {tm("highlightsHeading")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {bulletin.highlights.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {bulletin.can.editMasthead && (
        <details className="no-print rounded-md border border-slate-200 p-4">
          <summary className="cursor-pointer text-sm font-semibold">{tm("title")}</summary>
          <div className="mt-3">
            <MastheadForm
              bulletinId={bulletin.id}
              version={bulletin.version}
              seriesName={bulletin.seriesName}
              highlights={bulletin.highlights}
            />
          </div>
        </details>
      )}

      <nav aria-labelledby="toc-heading" className="print-avoid-break">
        <h2 id="toc-heading" className="text-lg font-semibold">
          {t("contents")}
        </h2>
        <ol className="mt-2 space-y-2 text-sm">
          {bulletin.sections.map((section) => (
            <li key={section.category}>
              <a href={`#cat-${section.category}`} className="font-medium hover:underline">
                {v(section.category)}
              </a>
              <ol className="ml-4 list-disc pl-4">
                {section.items.map((item) => (
                  <li key={item.id}>
                    <a href={`#item-${item.id}`} className="hover:underline">
                      {item.brief.title}
                    </a>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </nav>

      {bulletin.sections.map((section) => (
        <section
          key={section.category}
          id={`cat-${section.category}`}
          aria-labelledby={`cat-h-${section.category}`}
          className="space-y-6"
        >
          <h2 id={`cat-h-${section.category}`} className="border-b border-slate-300 pb-1 text-xl font-semibold">
            {v(section.category)}
          </h2>
          {section.items.map((item) => (
            <div key={item.id} id={`item-${item.id}`} className="print-avoid-break space-y-2">
              <h3 className="text-lg font-semibold">
                <Link href={`/briefs/${item.brief.id}`} className="hover:underline">
                  {item.brief.title}
                </Link>
                {item.brief.sources.length > 0 && (
                  <sup className="ml-1 text-xs font-normal">
                    {item.brief.sources.map((_, i) => (
                      <a
                        key={i}
                        href={`#fn-${item.id}-${i + 1}`}
                        aria-label={`${t("sources")} ${i + 1}`}
                        className="mr-0.5"
                      >
                        [{i + 1}]
                      </a>
                    ))}
                  </sup>
                )}
              </h3>
              <p className="text-xs text-slate-600">
                {item.brief.countries.map((c) => countryName(c.countryCode, locale)).join(", ")} ·{" "}
                {item.brief.institution.shortName}
              </p>
              {item.brief.summary && <p className="font-medium">{item.brief.summary}</p>}
              <Markdown className="text-sm">{item.brief.body}</Markdown>
              {item.editorNames && (
                <p className="text-right text-xs italic text-slate-600">
                  {t("itemEditors", { names: item.editorNames })}
                </p>
              )}
              {item.brief.sources.length > 0 && (
                <ol className="border-t border-slate-200 pt-1 text-xs text-slate-600" aria-label={t("sources")}>
                  {item.brief.sources.map((s, i) => (
                    <li key={i} id={`fn-${item.id}-${i + 1}`}>
                      [{i + 1}] {s.publisher}, “{s.title}”{s.date && `, ${s.date}`}.{" "}
                      <span className="break-all">{s.url}</span>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
