import { getLocale, getTranslations } from "next-intl/server";
import { CreateInstitutionForm } from "@/components/admin/create-institution-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { MoreLink } from "@/components/ui/text-link";
import { listInstitutions } from "@/lib/institutions/service";
import { countryName, countryOptions } from "@/lib/reference/country-names";
import { orNotFound } from "@/lib/server/page";
import { cursorSchema } from "@/lib/server/pagination";
import { requireUser } from "@/lib/server/session";

export default async function InstitutionsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const user = await requireUser();
  const cursor = cursorSchema.parse((await searchParams).cursor);
  const institutions = await orNotFound(listInstitutions(user, cursor));
  const t = await getTranslations("institutions");
  const tt = await getTranslations("institutionTypes");
  const locale = await getLocale();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("list")} className="lg:col-span-2">
          {institutions.items.length === 0 ? (
            <EmptyState>{t("empty")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {institutions.items.map((i) => (
                <li key={i.id} className="py-3">
                  <p className="font-medium">
                    {i.name} <span className="text-sm text-slate-500">({i.shortName})</span>
                  </p>
                  <p className="text-sm text-slate-600">
                    {countryName(i.countryCode, locale)} · {tt(i.type)} ·{" "}
                    {t("memberCount", { count: i._count.members })}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {institutions.nextCursor && (
            <MoreLink href={`/operator/institutions?cursor=${institutions.nextCursor}`}>{t("more")}</MoreLink>
          )}
        </Card>
        <Card title={t("create")}>
          <CreateInstitutionForm countries={countryOptions(locale)} />
        </Card>
      </div>
    </>
  );
}
