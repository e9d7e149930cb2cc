import { getFormatter, getTranslations } from "next-intl/server";
import { DownloadLinks } from "@/components/exports/download-links";
import { Markdown } from "@/components/markdown";
import { Badge, Card } from "@/components/ui/card";
import type { getMinutes } from "@/lib/committees/minutes";
import {
  AmendMinutesButton,
  ApproveMinutesButton,
  MinutesEditor,
  MinutesStatusButton,
  StartMinutesButton,
} from "./minutes-forms";

export async function MinutesCard({
  sessionId,
  minutes,
}: {
  sessionId: string;
  minutes: Awaited<ReturnType<typeof getMinutes>>;
}) {
  const t = await getTranslations("minutes");
  const format = await getFormatter();
  const { current, can, sides, versions } = minutes;
  return (
    <Card title={t("title")}>
      {!current ? (
        can.start ? (
          <StartMinutesButton sessionId={sessionId} />
        ) : (
          <p className="text-sm text-slate-600">{t("none")}</p>
        )
      ) : (
        <div className="space-y-4">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={current.status === "APPROVED" ? "green" : current.status === "CIRCULATED" ? "blue" : "slate"}>
              {t(`status.${current.status}`)}
            </Badge>
            <span>{t("version", { n: current.version })}</span>
            {current.approvedAt && (
              <span className="text-slate-600">
                {t("approvedOn", { date: format.dateTime(current.approvedAt, { dateStyle: "medium" }) })}
              </span>
            )}
          </div>
          <DownloadLinks href={`/api/sessions/${sessionId}/minutes`} />
          <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("approvals")}>
            {sides.map((side) => {
              const approval = current.approvals.find((a) => a.sideId === side.id);
              return (
                <li key={side.id}>
                  <Badge tone={approval ? "green" : "slate"}>
                    {approval
                      ? t("sideApproved", { side: side.name, name: approval.user.name })
                      : t("sidePending", { side: side.name })}
                  </Badge>
                </li>
              );
            })}
          </ul>
          {can.edit ? (
            <MinutesEditor
              sessionId={sessionId}
              minutesId={current.id}
              lockVersion={current.lockVersion}
              text={current.text}
            />
          ) : current.text ? (
            <div className="rounded-md border border-slate-200 p-3">
              <Markdown className="text-sm">{current.text}</Markdown>
            </div>
          ) : null}
          <div className="flex flex-wrap gap-2">
            {can.circulate && (
              <MinutesStatusButton
                sessionId={sessionId}
                minutesId={current.id}
                lockVersion={current.lockVersion}
                status="CIRCULATED"
                label={t("circulate")}
              />
            )}
            {can.backToDraft && (
              <MinutesStatusButton
                sessionId={sessionId}
                minutesId={current.id}
                lockVersion={current.lockVersion}
                status="DRAFT"
                label={t("backToDraft")}
              />
            )}
            {can.approve && <ApproveMinutesButton sessionId={sessionId} minutesId={current.id} label={t("approve")} />}
            {can.amend && <AmendMinutesButton sessionId={sessionId} minutesId={current.id} />}
          </div>
          {versions.length > 1 && (
            <details>
              <summary className="cursor-pointer text-sm text-brand-700">{t("earlier")}</summary>
              <ul className="mt-2 space-y-3">
                {versions.slice(1).map((v) => (
                  <li key={v.id} className="rounded-md border border-slate-200 p-3">
                    <p className="text-xs text-slate-500">
                      {t("version", { n: v.version })} · {t(`status.${v.status}`)}
                    </p>
                    <Markdown className="text-sm">{v.text}</Markdown>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </Card>
  );
}
