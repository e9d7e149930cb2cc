// A sub-committee's progress, shown on the parent's standing "Report of …" item and in the
// pre-session pack (issue 12, item 4): follow-ups by status, overdue, done since the parent's
// last session.
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { PROGRESS_STATUSES, type ReportProgress } from "@/lib/committees/subcommittees";

export async function ReportProgressTable({
  report,
  headingLevel = 2,
  hint = false,
}: {
  report: ReportProgress;
  headingLevel?: 2 | 4;
  /** On the item's own page: say that the item stays on the backlog. */
  hint?: boolean;
}) {
  const t = await getTranslations("subcommittees");
  const tf = await getTranslations("followUps");
  const format = await getFormatter();
  const Heading = headingLevel === 2 ? "h2" : "h4";
  const title = t("progressTitle", { name: report.committee.name });
  const rows: [string, number, boolean][] = [
    ...PROGRESS_STATUSES.map((s): [string, number, boolean] => [tf(`statuses.${s}`), report.byStatus[s], false]),
    [t("total"), report.total, false],
    [t("overdue"), report.overdue, report.overdue > 0],
    [
      report.since
        ? t("doneSince", { date: format.dateTime(report.since, { dateStyle: "medium" }) })
        : t("doneSinceEver"),
      report.doneSince,
      false,
    ],
  ];
  return (
    <section aria-label={title} className="space-y-2">
      <Heading className={headingLevel === 2 ? "text-base font-semibold" : "text-sm font-semibold"}>{title}</Heading>
      <Table caption={t("progressCaption")} columns={[t("status"), { label: t("count"), align: "end" }]} empty={null}>
        {rows.map(([label, n, alarm]) => (
          <tr key={label}>
            <Td>{label}</Td>
            <Td align="end" className={alarm ? "font-semibold text-red-700" : ""}>
              {n}
            </Td>
          </tr>
        ))}
      </Table>
      {hint && <p className="text-xs text-slate-600">{t("reportHint")}</p>}
      <p className="text-xs text-slate-500">
        <TextLink href={`/committees/${report.committee.id}`}>{t("openSubCommittee")}</TextLink>
      </p>
    </section>
  );
}

/** In the pack, under a report item: the sub-committee's progress (nothing for other items). */
export async function PackReport({ report }: { report: ReportProgress | undefined }) {
  return report ? <ReportProgressTable report={report} headingLevel={4} /> : null;
}
