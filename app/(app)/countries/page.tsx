import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect } from "@/components/ui/filters";
import { TextLink } from "@/components/ui/text-link";
import { regionSchema } from "@/lib/countries/schemas";
import { listCountries } from "@/lib/countries/service";
import { REGIONS } from "@/lib/reference/country-regions";
import { requireUser } from "@/lib/server/session";

export default async function CountriesPage({ searchParams }: { searchParams: Promise<{ region?: string }> }) {
  const user = await requireUser();
  const locale = await getLocale();
  const region = regionSchema.parse((await searchParams).region);
  const countries = await listCountries(user, locale, region);
  const t = await getTranslations("countries");
  const v = await getTranslations("vocab.region");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <FilterForm label={t("region")} apply={t("apply")} className="mb-4 flex flex-wrap items-end gap-2">
          <FilterSelect
            name="region"
            label={t("region")}
            any={t("allRegions")}
            value={region}
            options={REGIONS.map((r) => ({ value: r, label: v(r) }))}
          />
        </FilterForm>
        <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3" aria-label={t("tableCaption")}>
          {countries.map((c) => (
            <li key={c.code} className="flex items-baseline justify-between gap-2 border-b border-slate-100 py-1">
              <TextLink href={`/countries/${c.code}`}>{c.name}</TextLink>
              <span className={c.briefs ? "text-xs font-medium text-slate-700" : "text-xs text-slate-400"}>
                {t("briefCount", { count: c.briefs })}
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
