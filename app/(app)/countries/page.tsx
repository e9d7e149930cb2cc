import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
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
        <form method="get" className="mb-4 flex flex-wrap items-end gap-2" aria-label={t("region")}>
          <div>
            <label htmlFor="region" className="block text-sm font-medium">
              {t("region")}
            </label>
            <select
              id="region"
              name="region"
              defaultValue={region ?? ""}
              className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            >
              <option value="">{t("allRegions")}</option>
              {REGIONS.map((r) => (
                <option key={r} value={r}>
                  {v(r)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary", "sm")}>
            {t("apply")}
          </button>
        </form>
        <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3" aria-label={t("tableCaption")}>
          {countries.map((c) => (
            <li key={c.code} className="flex items-baseline justify-between gap-2 border-b border-slate-100 py-1">
              <Link href={`/countries/${c.code}`} className="text-brand-700 hover:underline">
                {c.name}
              </Link>
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
