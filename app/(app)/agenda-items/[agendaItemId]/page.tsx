import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { TlpBadge } from "@/components/briefs/brief-badges";
import { RecordCommentForm } from "@/components/comments/comment-form";
import { CommentThread } from "@/components/comments/comment-thread";
import {
  AgendaItemStatusForm,
  CarryOver,
  LinkBriefForm,
  UnlinkBriefButton,
} from "@/components/committees/agenda-item-forms";
import { FeedbackForm } from "@/components/committees/feedback-form";
import { ItemConsultations } from "@/components/consultations/item-consultations";
import { DocumentsSection } from "@/components/documents/documents-section";
import { NotesSection } from "@/components/documents/notes-section";
import { CreateFollowUpForm } from "@/components/followups/followup-forms";
import { WatchControl } from "@/components/notifications/watch-control";
import { DecisionDelegation, DelegatedFrom } from "@/components/subcommittees/decision-delegation";
import { ReportProgressTable } from "@/components/subcommittees/report-progress";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { threadParamsSchema } from "@/lib/comments/schemas";
import { getCommentThread } from "@/lib/comments/service";
import { getAgendaItem, linkableBriefs } from "@/lib/committees/agenda-items";
import { listFeedback } from "@/lib/committees/feedback";
import { committeePeople } from "@/lib/committees/form-options";
import { agendaItemTwoTracks } from "@/lib/committees/subcommittees";
import { AGENDA_ITEM_TRANSITIONS, OPEN_AGENDA_STATUSES } from "@/lib/committees/transitions";
import { followUpHealth } from "@/lib/followups/health";
import { areaName } from "@/lib/reference/technology-areas";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

export default async function AgendaItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ agendaItemId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const locale = await getLocale();
  const { agendaItemId } = await params;
  const item = await orNotFound(getAgendaItem(user, agendaItemId));
  const query = await searchParams;
  const { comments: from } = threadParamsSchema.parse(query);
  const thread = await getCommentThread(user, "AGENDA_ITEM", item.id, from);
  const feedback = await listFeedback(user, item.id);
  const tracks = await agendaItemTwoTracks(user, item.id);
  const canLink = item.can.proposeAgenda;
  const linkable = canLink ? await linkableBriefs(user, item.id) : [];
  const tfb = await getTranslations("feedback");
  const t = await getTranslations("committees");
  const tf = await getTranslations("followUps");
  const format = await getFormatter();
  const manager = item.can.manage;
  const canCreateFollowUp = item.can.manageFollowUps;
  const people = canCreateFollowUp ? await committeePeople(user, item.committeeId) : null;
  return (
    <>
      <PageHeader
        title={item.title}
        description={[
          item.committee.name,
          item.proposingSide?.name,
          item.technologyArea && areaName(item.technologyArea, locale),
          t("proposedBy", { name: item.proposedBy.name }),
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone="blue">{t(`itemStatus.${item.status}`)}</Badge>
            <WatchControl actor={user} target="AGENDA_ITEM" targetKey={item.id} />
          </div>
        }
      />
      <p className="-mt-4 mb-4 text-sm">
        <TextLink href={`/committees/${item.committeeId}`}>{t("back")}</TextLink>
      </p>
      <DelegatedFrom from={tracks.delegatedFrom} />
      {item.description && (
        <p className="mb-6 max-w-3xl whitespace-pre-wrap text-sm text-slate-700">{item.description}</p>
      )}
      {manager && (
        <div className="mb-6 flex flex-wrap items-end gap-4">
          {AGENDA_ITEM_TRANSITIONS[item.status].length > 0 && (
            <AgendaItemStatusForm
              agendaItemId={item.id}
              version={item.version}
              options={[...AGENDA_ITEM_TRANSITIONS[item.status]]}
              final={AGENDA_ITEM_TRANSITIONS[item.status].filter((s) => AGENDA_ITEM_TRANSITIONS[s].length === 0)}
            />
          )}
          {OPEN_AGENDA_STATUSES.includes(item.status) && (
            <CarryOver agendaItemId={item.id} nextSession={item.nextSession} />
          )}
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {tracks.report && (
            <Card>
              <ReportProgressTable report={tracks.report} hint />
            </Card>
          )}
          <Card title={t("history")}>
            {item.history.length ? (
              <ol className="space-y-3">
                {item.history.map(({ session, decision }) => (
                  <li key={session.id} className="border-l-2 border-brand-600 pl-3">
                    <TextLink href={`/sessions/${session.id}`} className="font-medium">
                      {session.title}
                    </TextLink>
                    <span className="text-xs text-slate-500">
                      {" "}
                      · {format.dateTime(session.startsAt, { dateStyle: "medium" })} ·{" "}
                      {t(`sessionStatus.${session.status}`)}
                    </span>
                    <p className="text-sm">
                      {decision ? (
                        <>
                          <Badge tone="green">{t(`decisionTypes.${decision.type}`)}</Badge> {decision.text}
                        </>
                      ) : (
                        <span className="text-slate-500">{t("notDecided")}</span>
                      )}
                    </p>
                    {decision && (
                      <DecisionDelegation
                        decisionId={decision.id}
                        title={item.title}
                        delegations={tracks.delegations}
                      />
                    )}
                  </li>
                ))}
              </ol>
            ) : (
              <EmptyState>{t("noHistory")}</EmptyState>
            )}
          </Card>
          <Card title={t("followUps")}>
            {item.followUps.length ? (
              <ul className="divide-y divide-slate-100 text-sm">
                {item.followUps.map((f) => {
                  const health = followUpHealth(f);
                  return (
                    <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <TextLink href={`/follow-ups/${f.id}`}>{f.title}</TextLink>
                      <span className="flex items-center gap-2">
                        <Badge
                          tone={
                            health === "OVERDUE"
                              ? "red"
                              : health === "AT_RISK"
                                ? "amber"
                                : health === "DONE"
                                  ? "slate"
                                  : "green"
                          }
                        >
                          {t(`health.${health}`)}
                        </Badge>
                        <span className="text-xs text-slate-500">
                          {tf(`statuses.${f.status}`)} ·{" "}
                          {format.dateTime(f.dueDate, { dateStyle: "medium", timeZone: "UTC" })} · {f.progress}%
                        </span>
                      </span>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <EmptyState>{t("noFollowUps")}</EmptyState>
            )}
            {people && (
              <details className="mt-4 border-t border-slate-100 pt-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("newFollowUp")}</summary>
                <div className="mt-3">
                  <CreateFollowUpForm
                    committeeId={item.committeeId}
                    agendaItemId={item.id}
                    decisions={item.decisions.map((d) => ({
                      id: d.id,
                      label: `${d.session.title}: ${t(`decisionTypes.${d.type}`)}`,
                    }))}
                    people={people}
                  />
                </div>
              </details>
            )}
          </Card>
          <NotesSection actor={user} agendaItemId={item.id} />
          <DocumentsSection actor={user} parent={{ kind: "AGENDA_ITEM", id: item.id }} searchParams={query} />
          <CommentThread
            comments={thread.comments}
            earlierHref={thread.earlier && `/agenda-items/${item.id}?comments=${thread.earlier}#comments`}
          >
            {thread.can.comment && (
              <RecordCommentForm target="AGENDA_ITEM" targetId={item.id} names={thread.mentionNames} />
            )}
          </CommentThread>
        </div>
        <div className="space-y-6">
          <Card title={tfb("title")}>
            {feedback.length ? (
              <ul className="space-y-3 text-sm">
                {feedback.map((f) => (
                  <li key={f.id} className="border-l-2 border-slate-300 pl-3">
                    <p>
                      <Badge tone={f.kind === "SUPPORT" ? "green" : f.kind === "CONCERN" ? "red" : "blue"}>
                        {tfb(`kinds.${f.kind}`)}
                      </Badge>{" "}
                      <span className="text-xs text-slate-500">
                        {f.author.name} · {f.author.institution?.shortName}
                      </span>
                    </p>
                    <p className="mt-1 whitespace-pre-wrap">{f.text}</p>
                    {(f.evidence as string[]).map((url) => (
                      <TextLink key={url} href={url} kind="external" className="block break-all text-xs">
                        {url}
                      </TextLink>
                    ))}
                    {f.followUps.map((fu) => (
                      <TextLink key={fu.id} href={`/follow-ups/${fu.id}`} className="mt-1 block text-xs">
                        {tfb("linkedFollowUp", { title: fu.title })}
                      </TextLink>
                    ))}
                    {people && (
                      <details className="mt-2">
                        <summary className="cursor-pointer text-xs font-medium text-brand-700">
                          {t("followUpFromFeedback")}
                        </summary>
                        <div className="mt-2">
                          <CreateFollowUpForm
                            id={`follow-up-from-${f.id}`}
                            committeeId={item.committeeId}
                            agendaItemId={item.id}
                            decisions={[]}
                            people={people}
                            feedbackId={f.id}
                          />
                        </div>
                      </details>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{tfb("none")}</p>
            )}
            {item.can.giveFeedback && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <FeedbackForm agendaItemId={item.id} />
              </div>
            )}
          </Card>
          <ItemConsultations user={user} agendaItemId={item.id} committeeId={item.committeeId} />
          <Card title={t("linkedBriefs")}>
            {item.briefs.length ? (
              <ul className="space-y-2 text-sm">
                {item.briefs.map(({ brief }) => (
                  <li key={brief.id} className="flex flex-wrap items-center gap-2">
                    <TextLink href={`/briefs/${brief.id}`}>{brief.title}</TextLink>
                    <TlpBadge distribution={brief.distribution} />
                    {canLink && <UnlinkBriefButton agendaItemId={item.id} briefId={brief.id} title={brief.title} />}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t("noBriefs")}</p>
            )}
            {canLink && linkable.length > 0 && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <LinkBriefForm agendaItemId={item.id} briefs={linkable} />
              </div>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
