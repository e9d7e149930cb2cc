// Session series (issue 12, item 3) on the home page: committees whose next session is due
// (within HOME_DUE_WINDOW_DAYS days, or overdue) and not yet planned, each linking to the plan
// form of its last held session.
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import type { DueSession } from "@/lib/committees/service";

export async function DueSessionsCard({ due }: { due: DueSession[] }) {
  const t = await getTranslations("series");
  const format = await getFormatter();
  return (
    <Card title={t("homeTitle")}>
      {due.length ? (
        <ul className="divide-y divide-slate-100 text-sm">
          {due.map((d) => (
            <li key={d.committeeId} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <TextLink href={`/sessions/${d.heldSessionId}/plan-next`}>
                  {t("homeLine", { committee: d.committeeName })}
                </TextLink>
                <span className="block text-xs text-slate-500">{t("lastHeld", { title: d.heldTitle })}</span>
              </span>
              <Badge tone={d.overdue ? "red" : "amber"}>
                {t(d.overdue ? "dueOverdue" : "dueOn", {
                  date: format.dateTime(d.dueAt, { dateStyle: "medium" }),
                  days: Math.abs(d.days),
                })}
              </Badge>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t("homeNone")}</EmptyState>
      )}
    </Card>
  );
}
