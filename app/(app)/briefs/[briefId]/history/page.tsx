import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { dateTimeOptions } from "@/components/ui/date-time";
import { FilterForm, FilterSelect } from "@/components/ui/filters";
import { type DiffPart, diffRevisions, listRevisions } from "@/lib/briefs/history";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <pre className="whitespace-pre-wrap break-words rounded border border-slate-200 bg-white p-3 font-sans text-sm">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="bg-green-100 text-green-900 no-underline">
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} className="bg-red-100 text-red-900">
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </pre>
  );
}

export default async function BriefHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ briefId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const user = await requireUser();
  const { briefId } = await params;
  const { brief, revisions } = await orNotFound(listRevisions(user, briefId));
  const t = await getTranslations("briefs");
  const v = await getTranslations("vocab");
  const format = await getFormatter();
  const query = await searchParams;
  const newest = revisions[0]?.number;
  const to = revisions.find((r) => r.number === Number(query.to ?? newest));
  const from = revisions.find((r) => r.number === Number(query.from ?? (to ? to.number - 1 : undefined)));
  const diff = from && to ? diffRevisions(from, to) : null;
  return (
    <>
      <PageHeader
        title={t("historyTitle", { title: brief.title })}
        actions={
          <Link href={`/briefs/${brief.id}`} className={buttonClass("secondary")}>
            {t("backToBrief")}
          </Link>
        }
      />
      {revisions.length === 0 ? (
        <EmptyState>{t("noRevisions")}</EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-3">
          <Card title={t("history")}>
            <ol className="space-y-1 text-sm">
              {revisions.map((r) => (
                <li key={r.id}>
                  {t("revisionBy", {
                    n: r.number,
                    editor: r.editor.name,
                    date: format.dateTime(r.createdAt, dateTimeOptions()),
                  })}
                </li>
              ))}
            </ol>
            {revisions.length > 1 && (
              <FilterForm
                label={t("compare")}
                apply={t("compare")}
                className="mt-4 flex flex-wrap items-end gap-2 border-t border-slate-100 pt-4"
              >
                {(["from", "to"] as const).map((key) => (
                  <FilterSelect
                    key={key}
                    name={key}
                    label={t(key === "from" ? "compareFrom" : "compareTo")}
                    value={String((key === "from" ? from : to)?.number ?? "")}
                    options={revisions.map((r) => ({ value: String(r.number), label: t("revision", { n: r.number }) }))}
                  />
                ))}
              </FilterForm>
            )}
          </Card>
          <div className="space-y-4 lg:col-span-2">
            {diff && from && to ? (
              <Card title={t("diffTitle", { from: from.number, to: to.number })}>
                <div className="space-y-4">
                  <section>
                    <h3 className="text-sm font-semibold">{t("titleField")}</h3>
                    <Diff parts={diff.title} />
                  </section>
                  {(diff.distribution || diff.category) && (
                    <ul className="text-sm">
                      {diff.distribution && (
                        <li>
                          {t("distribution")}:{" "}
                          {t("changedFrom", {
                            from: v(`distributionShort.${diff.distribution.from}`),
                            to: v(`distributionShort.${diff.distribution.to}`),
                          })}
                        </li>
                      )}
                      {diff.category && (
                        <li>
                          {t("category")}:{" "}
                          {t("changedFrom", {
                            from: v(`category.${diff.category.from}`),
                            to: v(`category.${diff.category.to}`),
                          })}
                        </li>
                      )}
                    </ul>
                  )}
                  <section>
                    <h3 className="text-sm font-semibold">{t("summary")}</h3>
                    <Diff parts={diff.summary} />
                  </section>
                  <section>
                    <h3 className="text-sm font-semibold">{t("body")}</h3>
                    <Diff parts={diff.body} />
                  </section>
                </div>
              </Card>
            ) : (
              <Card title={t("revision", { n: revisions[0].number })}>
                <p className="text-sm text-slate-700">{revisions[0].summary}</p>
              </Card>
            )}
          </div>
        </div>
      )}
    </>
  );
}
