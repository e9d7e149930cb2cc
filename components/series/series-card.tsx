// Session series (issue 12, item 3) on the committee page: the cadence, when the next session
// is due, and the agenda template (standing items). Managers change them here.
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { getSeries } from "@/lib/committees/series";
import type { Actor } from "@/lib/server/actor";
import { AddStandingItemForm, CadenceForm, StandingItemControls } from "./series-forms";

export async function SeriesCard({ user, committeeId }: { user: Actor; committeeId: string }) {
  const series = await getSeries(user, committeeId);
  const t = await getTranslations("series");
  const format = await getFormatter();
  const manager = series.can.manage;
  const items = series.standingItems;
  return (
    <Card title={t("title")}>
      <div className="space-y-4 text-sm">
        {manager ? (
          <CadenceForm committeeId={committeeId} cadence={series.cadence} seriesVersion={series.seriesVersion} />
        ) : (
          <p>
            {t("cadence")}: {t(`cadences.${series.cadence}`)}
          </p>
        )}
        {series.due && (
          <p role="status" className={series.due.overdue ? "font-medium text-red-700" : "text-slate-700"}>
            {t(series.due.overdue ? "dueOverdue" : "dueOn", {
              date: format.dateTime(series.due.dueAt, { dateStyle: "medium" }),
              days: Math.abs(series.due.days),
            })}{" "}
            {manager && <TextLink href={`/sessions/${series.due.heldSessionId}/plan-next`}>{t("planNext")}</TextLink>}
          </p>
        )}
        <div>
          <h3 className="mb-1 font-semibold">{t("template")}</h3>
          <p className="mb-2 text-xs text-slate-500">{t("templateHint")}</p>
          {items.length ? (
            <ol className="space-y-2" aria-label={t("template")}>
              {items.map((item, i) => (
                <li key={item.id} className="rounded-md border border-slate-200 p-2">
                  <p className="font-medium">
                    {i + 1}. {item.title} {item.closing && <Badge tone="slate">{t("closingBadge")}</Badge>}
                  </p>
                  <p className="text-xs text-slate-500">
                    {t("minutes", { count: item.durationMinutes })}
                    {item.description && ` · ${item.description}`}
                  </p>
                  {manager && (
                    <StandingItemControls
                      committeeId={committeeId}
                      item={item}
                      first={i === 0}
                      last={i === items.length - 1}
                    />
                  )}
                </li>
              ))}
            </ol>
          ) : (
            <EmptyState>{t("noItems")}</EmptyState>
          )}
        </div>
        {manager && (
          <details>
            <summary className="cursor-pointer font-medium text-brand-700">{t("addItem")}</summary>
            <div className="mt-2">
              <AddStandingItemForm committeeId={committeeId} />
            </div>
          </details>
        )}
      </div>
    </Card>
  );
}
