import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { FilterInput, FilterSelect } from "@/components/ui/filters";
import { TextLink } from "@/components/ui/text-link";
import type { SearchParams } from "@/lib/briefs/schemas";
import { CATEGORIES, DISTRIBUTIONS, STATUSES } from "@/lib/briefs/vocabulary";

/** A plain GET form: every filter lands in the URL, so a search can be bookmarked and shared. */
export async function SearchForm({
  params,
  options,
}: {
  params: SearchParams;
  options: {
    countries: { code: string; name: string }[];
    areas: { key: string; name: string }[];
    institutions: { id: string; shortName: string }[];
  };
}) {
  const t = await getTranslations("briefs");
  const v = await getTranslations("vocab");
  return (
    <form method="get" action="/briefs" role="search" aria-label={t("searchLabel")} className="space-y-3">
      <div className="flex gap-2">
        <label htmlFor="brief-q" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="brief-q"
          name="q"
          type="search"
          defaultValue={params.q}
          placeholder={t("searchPlaceholder")}
          className="block w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-base"
        />
        <button type="submit" className={buttonClass("primary")}>
          {t("search")}
        </button>
      </div>
      {params.workspace && <input type="hidden" name="workspace" value={params.workspace} />}
      <fieldset className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
        <legend className="sr-only">{t("filters")}</legend>
        <FilterSelect
          name="country"
          label={t("country")}
          any={t("anyCountry")}
          value={params.country[0]}
          options={options.countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <FilterSelect
          name="area"
          label={t("area")}
          any={t("anyArea")}
          value={params.area[0]}
          options={options.areas.map((a) => ({ value: a.key, label: a.name }))}
        />
        <FilterSelect
          name="category"
          label={t("category")}
          any={t("anyCategory")}
          value={params.category[0]}
          options={CATEGORIES.map((c) => ({ value: c, label: v(`category.${c}`) }))}
        />
        <FilterSelect
          name="institution"
          label={t("institution")}
          any={t("anyInstitution")}
          value={params.institution}
          options={options.institutions.map((i) => ({ value: i.id, label: i.shortName }))}
        />
        <FilterSelect
          name="distribution"
          label={t("distribution")}
          any={t("anyDistribution")}
          value={params.distribution[0]}
          options={DISTRIBUTIONS.map((d) => ({ value: d, label: v(`distributionShort.${d}`) }))}
        />
        <FilterSelect
          name="status"
          label={t("status")}
          any={t("anyStatus")}
          value={params.status[0]}
          options={STATUSES.map((s) => ({ value: s, label: v(`status.${s}`) }))}
        />
        <FilterInput name="from" type="date" label={t("from")} value={params.from} />
        <FilterInput name="to" type="date" label={t("to")} value={params.to} />
      </fieldset>
      <TextLink href="/briefs" className="text-sm">
        {t("clear")}
      </TextLink>
    </form>
  );
}
