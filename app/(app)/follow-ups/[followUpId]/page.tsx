import { getFormatter, getTranslations } from "next-intl/server";
import { RecordCommentForm } from "@/components/comments/comment-form";
import { CommentThread } from "@/components/comments/comment-thread";
import { FollowUpOrigin } from "@/components/consultations/followup-origin";
import { DocumentsSection } from "@/components/documents/documents-section";
import { EditFollowUpForm, ProgressForm } from "@/components/followups/followup-forms";
import { NudgeForm } from "@/components/followups/nudge-form";
import { WatchControl } from "@/components/notifications/watch-control";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DateTime, dateTimeOptions } from "@/components/ui/date-time";
import { TextLink } from "@/components/ui/text-link";
import { threadParamsSchema } from "@/lib/comments/schemas";
import { getCommentThread } from "@/lib/comments/service";
import { committeePeople } from "@/lib/committees/form-options";
import { followUpHealth } from "@/lib/followups/health";
import { lastNudge } from "@/lib/followups/nudge";
import { OPEN_FOLLOW_UP_STATUSES } from "@/lib/followups/schemas";
import { getFollowUp } from "@/lib/followups/service";
import { FOLLOW_UP_TRANSITIONS } from "@/lib/followups/transitions";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";
import { isoDateOf } from "@/lib/time/clock";

export default async function FollowUpPage({
  params,
  searchParams,
}: {
  params: Promise<{ followUpId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { followUpId } = await params;
  const f = await orNotFound(getFollowUp(user, followUpId));
  const query = await searchParams;
  const { comments: from } = threadParamsSchema.parse(query);
  const thread = await getCommentThread(user, "FOLLOW_UP", f.id, from);
  const t = await getTranslations("followUps");
  const tc = await getTranslations("committees");
  const format = await getFormatter();
  const health = followUpHealth(f);
  const people = f.can.edit ? await committeePeople(user, f.committeeId) : null;
  const tn = await getTranslations("chasers");
  // Managers may nudge an open follow-up's assignees (lib/followups/nudge.ts).
  const nudgeable = f.can.edit && OPEN_FOLLOW_UP_STATUSES.includes(f.status) && f.assignees.length > 0;
  const nudged = nudgeable ? await lastNudge(user, f.id) : null;
  // A progress update may keep the status or move along the table (DONE included: the final update).
  const statuses = [f.status, ...FOLLOW_UP_TRANSITIONS[f.status]];
  return (
    <>
      <PageHeader
        title={f.title}
        description={[
          f.committee.name,
          f.agendaItem && t("agendaItem", { title: f.agendaItem.title }),
          t("createdBy", { name: f.createdBy.name }),
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <WatchControl actor={user} target="FOLLOW_UP" targetKey={f.id} />
            <Badge tone="blue">{t(`statuses.${f.status}`)}</Badge>
            <Badge tone={health === "OVERDUE" ? "red" : health === "AT_RISK" ? "amber" : "slate"}>
              {tc(`health.${health}`)}
            </Badge>
            <Badge>{t(`priorities.${f.priority}`)}</Badge>
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <dl className="grid gap-3 text-sm sm:grid-cols-2">
              <div>
                <dt className="font-medium">{t("due")}</dt>
                <dd className={health === "OVERDUE" ? "font-semibold text-red-700" : ""}>
                  {format.dateTime(f.dueDate, { dateStyle: "long", timeZone: "UTC" })}
                  {health === "OVERDUE" && ` · ${t("overdue")}`}
                </dd>
              </div>
              <div>
                <dt className="font-medium">{t("progress")}</dt>
                <dd>
                  <div
                    className="h-2 w-full rounded bg-slate-200"
                    role="progressbar"
                    aria-valuenow={f.progress}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-label={t("progress")}
                  >
                    <div className="h-2 rounded bg-brand-600" style={{ width: `${f.progress}%` }} />
                  </div>
                  <span className="text-xs">{f.progress}%</span>
                </dd>
              </div>
              <div>
                <dt className="font-medium">{t("leads")}</dt>
                <dd>{f.leads.map((l) => l.institution.shortName).join(", ")}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("assignees")}</dt>
                <dd>{f.assignees.map((a) => a.user.name).join(", ") || "—"}</dd>
              </div>
            </dl>
            {f.description && <p className="mt-4 whitespace-pre-wrap text-sm text-slate-700">{f.description}</p>}
            {f.feedback && (
              <p className="mt-3 text-sm text-slate-600">
                {t("from", {
                  source: `${f.feedback.author.name} (${tc(`feedbackKinds.${f.feedback.kind}`)}): ${f.feedback.text}`,
                })}
              </p>
            )}
            <FollowUpOrigin user={user} followUpId={f.id} />
            {f.decision && (
              <p className="mt-3 text-sm text-slate-600">
                {t("from", {
                  source: `${f.decision.session.title} — ${tc(`decisionTypes.${f.decision.type}`)}: ${f.decision.text}`,
                })}
              </p>
            )}
            {f.agendaItem && (
              <TextLink href={`/agenda-items/${f.agendaItem.id}`} className="mt-2 inline-block text-sm">
                {t("agendaItem", { title: f.agendaItem.title })}
              </TextLink>
            )}
          </Card>
          <Card title={t("updates")}>
            {f.updates.length ? (
              <ol className="space-y-3">
                {f.updates.map((u) => (
                  <li key={u.id} className="border-l-2 border-slate-300 pl-3 text-sm">
                    <p className="text-xs text-slate-500">
                      {u.author.name} · {u.author.institution?.shortName} · <DateTime value={u.createdAt} />
                      {u.fromStatus !== u.toStatus &&
                        ` · ${t("statusChange", { from: t(`statuses.${u.fromStatus}`), to: t(`statuses.${u.toStatus}`) })}`}{" "}
                      · {u.progress}%
                    </p>
                    {u.text && <p className="whitespace-pre-wrap">{u.text}</p>}
                    {(u.evidence as string[]).length > 0 && (
                      <ul className="mt-1 list-disc pl-5 text-xs">
                        {(u.evidence as string[]).map((url) => (
                          <li key={url}>
                            <TextLink href={url} kind="external" className="break-all">
                              {url}
                            </TextLink>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            ) : (
              <EmptyState>{t("noUpdates")}</EmptyState>
            )}
          </Card>
          <DocumentsSection actor={user} parent={{ kind: "FOLLOW_UP", id: f.id }} searchParams={query} />
          <CommentThread
            comments={thread.comments}
            earlierHref={thread.earlier && `/follow-ups/${f.id}?comments=${thread.earlier}#comments`}
          >
            {thread.can.comment && <RecordCommentForm target="FOLLOW_UP" targetId={f.id} names={thread.mentionNames} />}
          </CommentThread>
        </div>
        <div className="space-y-6">
          {f.can.progress ? (
            <Card title={t("postUpdate")}>
              <ProgressForm
                followUpId={f.id}
                version={f.version}
                status={f.status}
                progress={f.progress}
                statuses={statuses}
              />
            </Card>
          ) : (
            <p className="text-sm text-slate-600">{t("viewOnly")}</p>
          )}
          {nudgeable && (
            <Card title={tn("nudge")}>
              {nudged && (
                <p className="mb-2 text-xs text-slate-500">
                  {tn("lastNudged", {
                    name: nudged.actor?.name ?? "—",
                    when: format.dateTime(nudged.createdAt, dateTimeOptions()),
                  })}
                </p>
              )}
              <NudgeForm followUpId={f.id} assignees={f.assignees.length} />
            </Card>
          )}
          {people && (
            <Card title={t("edit")}>
              <EditFollowUpForm
                followUpId={f.id}
                version={f.version}
                people={people}
                values={{
                  title: f.title,
                  description: f.description,
                  dueDate: isoDateOf(f.dueDate),
                  priority: f.priority,
                  leads: f.leads.map((l) => l.institution.id),
                  assignees: f.assignees.map((a) => a.user.id),
                }}
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
