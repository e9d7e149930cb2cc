import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { WatchButton } from "@/components/briefs/brief-actions";
import { TlpBadge } from "@/components/briefs/brief-badges";
import { ProfileForm } from "@/components/countries/profile-form";
import { Markdown } from "@/components/markdown";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { getCountry } from "@/lib/countries/service";
import { countryName } from "@/lib/reference/country-names";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

export default async function CountryPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireUser();
  const locale = await getLocale();
  const { code } = await params;
  const { country, briefs, profiles, watching, committees } = await orNotFound(getCountry(user, code));
  const name = countryName(country.code, locale);
  const t = await getTranslations("countries");
  const v = await getTranslations("vocab");
  const format = await getFormatter();
  return (
    <>
      <PageHeader
        title={name}
        description={`${country.code} · ${v(`region.${country.region}`)}`}
        actions={
          <WatchButton
            target="COUNTRY"
            targetKey={country.code}
            watching={watching}
            label={t("watch", { country: name })}
            unlabel={t("unwatch", { country: name })}
          />
        }
      />
      {watching && <p className="-mt-3 mb-4 text-sm text-slate-600">{t("watching", { country: name })}</p>}
      <div className="grid gap-6 lg:grid-cols-5">
        <Card
          title={t("latestBriefs")}
          className="lg:col-span-3"
          actions={
            <TextLink href={`/briefs?country=${country.code}`} className="text-sm">
              {t("allBriefs", { country: name })}
            </TextLink>
          }
        >
          {briefs.length ? (
            <ul className="divide-y divide-slate-100">
              {briefs.map((b) => (
                <li key={b.id} className="py-2">
                  <div className="flex flex-wrap items-center gap-2">
                    <TextLink href={`/briefs/${b.id}`} className="font-medium">
                      {b.title}
                    </TextLink>
                    <TlpBadge distribution={b.distribution} />
                  </div>
                  <p className="text-xs text-slate-500">
                    {b.institution.shortName} · {v(`category.${b.category}`)}
                    {b.publishedAt && ` · ${format.dateTime(b.publishedAt, { dateStyle: "medium" })}`}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t("noBriefs")}</EmptyState>
          )}
        </Card>
        <div className="space-y-6 lg:col-span-2">
          {committees.length > 0 && (
            <Card title={t("committees")}>
              <ul className="space-y-1 text-sm">
                {committees.map((c) => (
                  <li key={c.id} className="flex flex-wrap justify-between gap-2">
                    <TextLink href={`/committees/${c.id}`}>{c.name}</TextLink>
                    <Link
                      href={`/follow-ups?committee=${c.id}&status=OPEN&status=IN_PROGRESS&status=BLOCKED`}
                      className="text-xs text-slate-600 hover:underline"
                    >
                      {t("openFollowUps", { count: c._count.followUps })}
                    </Link>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {profiles.length === 0 && <EmptyState>{t("noWorkspaces")}</EmptyState>}
          {profiles.map(({ workspace, canEdit, profile }) => (
            <Card key={workspace.id} title={t("profileIn", { workspace: workspace.name })}>
              {profile ? (
                <dl className="space-y-3 text-sm">
                  {(["summary", "keyAgencies", "strategicTechnologies"] as const).map((k) =>
                    profile[k] ? (
                      <div key={k}>
                        <dt className="font-medium">{t(k)}</dt>
                        <dd>
                          <Markdown className="text-sm">{profile[k]}</Markdown>
                        </dd>
                      </div>
                    ) : null,
                  )}
                </dl>
              ) : (
                <p className="text-sm text-slate-600">{t("noProfile")}</p>
              )}
              {profile && (
                <TextLink
                  href={`/countries/${country.code}/history?workspace=${workspace.id}`}
                  className="mt-2 inline-block text-sm"
                >
                  {t("profileHistory")}
                </TextLink>
              )}
              {canEdit && (
                <details className="mt-3 border-t border-slate-100 pt-3">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("editProfile")}</summary>
                  <div className="mt-3">
                    <ProfileForm workspaceId={workspace.id} countryCode={country.code} profile={profile} />
                  </div>
                </details>
              )}
            </Card>
          ))}
        </div>
      </div>
    </>
  );
}
