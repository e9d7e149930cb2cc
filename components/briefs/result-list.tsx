import { getFormatter, getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import { highlight, snippet } from "@/lib/briefs/snippet";
import type { BriefStatus, Distribution } from "@/lib/generated/prisma/enums";
import { countryName } from "@/lib/reference/country-names";
import { StatusBadge, TlpBadge } from "./brief-badges";

export interface ResultItem {
  id: string;
  title: string;
  summary: string;
  status: BriefStatus;
  distribution: Distribution;
  publishedAt: Date | null;
  updatedAt: Date;
  institution: { shortName: string };
  author: { name: string };
  countries: { countryCode: string }[];
}

export async function ResultList({ items, terms, locale }: { items: ResultItem[]; terms: string[]; locale: string }) {
  const t = await getTranslations("briefs");
  const format = await getFormatter();
  return (
    <ol className="divide-y divide-slate-100" aria-label={t("resultsCaption")}>
      {items.map((b) => (
        <li key={b.id} className="py-3">
          <div className="flex flex-wrap items-center gap-2">
            <TextLink href={`/briefs/${b.id}`} className="text-base font-semibold">
              {highlight(b.title, terms).map((p, i) =>
                p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
              )}
            </TextLink>
            <TlpBadge distribution={b.distribution} />
            <StatusBadge status={b.status} />
          </div>
          <p className="mt-1 text-sm text-slate-700">
            {snippet(b.summary, terms).map((p, i) =>
              p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
            )}
          </p>
          <p className="mt-1 text-xs text-slate-500">
            {b.countries.map((c) => countryName(c.countryCode, locale)).join(", ")}
            {" · "}
            {t("by", { author: b.author.name, institution: b.institution.shortName })}
            {" · "}
            {b.publishedAt
              ? t("publishedOn", { date: format.dateTime(b.publishedAt, { dateStyle: "medium" }) })
              : t("updatedOn", { date: format.dateTime(b.updatedAt, { dateStyle: "medium" }) })}
          </p>
        </li>
      ))}
    </ol>
  );
}
