import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { SearchParams } from "@/lib/briefs/schemas";
import { CATEGORIES, DISTRIBUTIONS, STATUSES } from "@/lib/briefs/vocabulary";

const control = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function Select({
  id,
  name,
  label,
  any,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  any: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
          className={`${control} py-2 text-base`}
        />
        <button type="submit" className={buttonClass("primary")}>
          {t("search")}
        </button>
      </div>
      {params.workspace && <input type="hidden" name="workspace" value={params.workspace} />}
      <fieldset className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
        <legend className="sr-only">{t("filters")}</legend>
        <Select
          id="f-country"
          name="country"
          label={t("country")}
          any={t("anyCountry")}
          value={params.country[0]}
          options={options.countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <Select
          id="f-area"
          name="area"
          label={t("area")}
          any={t("anyArea")}
          value={params.area[0]}
          options={options.areas.map((a) => ({ value: a.key, label: a.name }))}
        />
        <Select
          id="f-category"
          name="category"
          label={t("category")}
          any={t("anyCategory")}
          value={params.category[0]}
          options={CATEGORIES.map((c) => ({ value: c, label: v(`category.${c}`) }))}
        />
        <Select
          id="f-institution"
          name="institution"
          label={t("institution")}
          any={t("anyInstitution")}
          value={params.institution}
          options={options.institutions.map((i) => ({ value: i.id, label: i.shortName }))}
        />
        <Select
          id="f-distribution"
          name="distribution"
          label={t("distribution")}
          any={t("anyDistribution")}
          value={params.distribution[0]}
          options={DISTRIBUTIONS.map((d) => ({ value: d, label: v(`distributionShort.${d}`) }))}
        />
        <Select
          id="f-status"
          name="status"
          label={t("status")}
          any={t("anyStatus")}
          value={params.status[0]}
          options={STATUSES.map((s) => ({ value: s, label: v(`status.${s}`) }))}
        />
        <div>
          <label htmlFor="f-from" className="block text-xs font-medium text-slate-700">
            {t("from")}
          </label>
          <input id="f-from" name="from" type="date" defaultValue={params.from} className={control} />
        </div>
        <div>
          <label htmlFor="f-to" className="block text-xs font-medium text-slate-700">
            {t("to")}
          </label>
          <input id="f-to" name="to" type="date" defaultValue={params.to} className={control} />
        </div>
      </fieldset>
      <a href="/briefs" className="text-sm text-brand-700 hover:underline">
        {t("clear")}
      </a>
    </form>
  );
}
