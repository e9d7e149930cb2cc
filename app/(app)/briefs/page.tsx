import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { WatchButton } from "@/components/briefs/brief-actions";
import { ResultList } from "@/components/briefs/result-list";
import { DeleteSavedSearchButton, SaveSearchForm } from "@/components/briefs/saved-search-forms";
import { SearchForm } from "@/components/briefs/search-form";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { searchFilterOptions } from "@/lib/briefs/filter-options";
import { parseSearchParams, toQueryString } from "@/lib/briefs/schemas";
import { countBriefs, searchBriefs } from "@/lib/briefs/search";
import { writableWorkspaces } from "@/lib/briefs/service";
import { listSavedSearches } from "@/lib/saved-views/service";
import { requireUser } from "@/lib/server/session";
import { isWatching } from "@/lib/watches/service";

export default async function BriefsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const locale = await getLocale();
  const params = parseSearchParams(await searchParams);
  const query = toQueryString(params);
  const watchedArea = params.area.length === 1 ? params.area[0] : null;
  const [results, count, options, saved, watchingArea, writable] = await Promise.all([
    searchBriefs(user, params),
    countBriefs(user, params),
    searchFilterOptions(user, locale),
    listSavedSearches(user),
    watchedArea ? isWatching(user, "TECHNOLOGY_AREA", watchedArea) : false,
    writableWorkspaces(user),
  ]);
  const areaLabel = options.areas.find((a) => a.key === watchedArea)?.name;
  const t = await getTranslations("briefs");
  const filtered = query !== "";
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          // Writing is offered only to those who may write somewhere (a viewer only reads).
          writable.length > 0 && (
            <div className="flex gap-2">
              <Link href="/briefs/import" className={buttonClass("secondary")}>
                {t("import")}
              </Link>
              <Link href="/briefs/new" className={buttonClass("primary")}>
                {t("newBrief")}
              </Link>
            </div>
          )
        }
      />
      <div className="grid gap-6 lg:grid-cols-4">
        <div className="space-y-6 lg:col-span-3">
          <Card>
            <SearchForm params={params} options={options} />
          </Card>
          <Card
            title={
              <span role="status">
                {count.exact ? t("results", { count: count.total }) : t("resultsMore", { count: count.total })}
              </span>
            }
            actions={
              count.total > 0 && (
                <div className="flex gap-2 text-sm">
                  <a
                    className={buttonClass("secondary", "sm")}
                    href={`/api/briefs/export?format=csv${query ? `&${query}` : ""}`}
                    download
                  >
                    {t("exportCsv")}
                  </a>
                  <a
                    className={buttonClass("secondary", "sm")}
                    href={`/api/briefs/export?format=json${query ? `&${query}` : ""}`}
                    download
                  >
                    {t("exportJson")}
                  </a>
                </div>
              )
            }
          >
            {results.items.length ? (
              <ResultList items={results.items} terms={results.terms} locale={locale} />
            ) : (
              <EmptyState>{filtered ? t("noResults") : t("noBriefs")}</EmptyState>
            )}
            <div className="mt-3 flex gap-4 text-sm">
              {params.cursor && <TextLink href={`/briefs${query ? `?${query}` : ""}`}>{t("firstPage")}</TextLink>}
              {results.nextCursor && (
                <TextLink href={`/briefs?${query ? `${query}&` : ""}cursor=${results.nextCursor}`}>
                  {t("nextPage")}
                </TextLink>
              )}
            </div>
          </Card>
        </div>
        <aside className="space-y-6">
          {watchedArea && areaLabel && (
            <WatchButton
              target="TECHNOLOGY_AREA"
              targetKey={watchedArea}
              watching={watchingArea}
              label={t("watchArea", { area: areaLabel })}
              unlabel={t("unwatchArea", { area: areaLabel })}
            />
          )}
          <Card title={t("savedSearches")}>
            {saved.length ? (
              <ul className="space-y-1 text-sm">
                {saved.map((s) => (
                  <li key={s.id} className="flex items-center justify-between gap-2">
                    <TextLink href={`/briefs${s.query ? `?${s.query}` : ""}`}>{s.name}</TextLink>
                    <DeleteSavedSearchButton id={s.id} name={s.name} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t("noSavedSearches")}</p>
            )}
            {filtered && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <SaveSearchForm query={query} />
              </div>
            )}
          </Card>
        </aside>
      </div>
    </>
  );
}
