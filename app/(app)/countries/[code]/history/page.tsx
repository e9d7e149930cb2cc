import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card, PageHeader } from "@/components/ui/card";
import { dateTimeOptions } from "@/components/ui/date-time";
import { TextLink } from "@/components/ui/text-link";
import { listProfileRevisions } from "@/lib/countries/service";
import { countryName } from "@/lib/reference/country-names";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

export default async function ProfileHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ workspace?: string }>;
}) {
  const user = await requireUser();
  const locale = await getLocale();
  const { code } = await params;
  const workspaceId = z
    .uuid()
    .catch("00000000-0000-0000-0000-000000000000")
    .parse((await searchParams).workspace);
  const revisions = await orNotFound(listProfileRevisions(user, workspaceId, code));
  const t = await getTranslations("countries");
  const format = await getFormatter();
  return (
    <>
      <PageHeader
        title={`${countryName(code.toUpperCase(), locale)} · ${t("profileHistory")}`}
        actions={
          <TextLink href={`/countries/${code.toUpperCase()}`} className="text-sm">
            {countryName(code.toUpperCase(), locale)}
          </TextLink>
        }
      />
      <div className="space-y-4">
        {revisions.map((r) => (
          <Card
            key={r.id}
            title={t("version", {
              n: r.version,
              editor: r.editor.name,
              date: format.dateTime(r.createdAt, dateTimeOptions()),
            })}
          >
            <dl className="space-y-2 text-sm">
              {(["summary", "keyAgencies", "strategicTechnologies"] as const).map((k) => (
                <div key={k}>
                  <dt className="font-medium">{t(k)}</dt>
                  <dd className="whitespace-pre-wrap text-slate-700">{r[k] || "—"}</dd>
                </div>
              ))}
            </dl>
          </Card>
        ))}
      </div>
    </>
  );
}
