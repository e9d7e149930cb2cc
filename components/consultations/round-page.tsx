// A consultation round's page. The convening side: the invitees, the answers (a follow-up can
// be made from each) and, for its managers, sending, closing and releasing. Everyone else
// reaches this page only once the round is released: question, summary and counts.
import { getFormatter, getTimeZone, getTranslations } from "next-intl/server";
import { CreateFollowUpForm } from "@/components/followups/followup-forms";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { dateTimeOptions } from "@/components/ui/date-time";
import { MoreLink, TextLink } from "@/components/ui/text-link";
import { committeePeople } from "@/lib/committees/form-options";
import { type getRound, invitableMembers } from "@/lib/consultations/service";
import type { Actor } from "@/lib/server/actor";
import { RoundCounts, STATUS_TONE } from "./item-consultations";
import {
  AddInviteesForm,
  CloseRoundForm,
  ReleaseRoundForm,
  RevokeInviteeForm,
  SendInvitationsForm,
} from "./round-forms";

type Round = Awaited<ReturnType<typeof getRound>>;

export async function RoundPage({ user, round }: { user: Actor; round: Round }) {
  const t = await getTranslations("consultations");
  const tfb = await getTranslations("feedback");
  const format = await getFormatter();
  const zone = await getTimeZone();
  const when = (d: Date) => format.dateTime(d, dateTimeOptions(zone));
  const open = round.status === "OPEN";
  const members = round.can.manage && open ? await invitableMembers(user, round.committeeId) : [];
  const people = round.can.followUps ? await committeePeople(user, round.committeeId) : null;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={`${round.committee.name} · ${round.agendaItem.title}`}
        actions={<Badge tone={STATUS_TONE[round.status]}>{t(`statuses.${round.status}`)}</Badge>}
      />
      <p className="-mt-4 mb-4 text-sm">
        <TextLink href={`/agenda-items/${round.agendaItemId}`}>{t("back")}</TextLink>
      </p>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={t("form.question")}>
            <p className="whitespace-pre-wrap text-sm">{round.question}</p>
            <p className="mt-2 text-xs text-slate-500">
              {t("convenedBy", { side: round.side.name })} · {t("deadlineLine", { when: when(round.deadline) })}
            </p>
            <RoundCounts round={round} />
          </Card>
          {(round.status === "RELEASED" || round.summary) && (
            <Card title={t("summary")}>
              <p className="whitespace-pre-wrap text-sm">{round.summary}</p>
              {round.releasedAt && (
                <p className="mt-2 text-xs text-slate-500">
                  {t("releasedNote", { when: when(round.releasedAt), name: round.releasedBy?.name ?? "" })}
                </p>
              )}
            </Card>
          )}
          {round.answers && (
            <Card title={t("answers")}>
              {round.status !== "RELEASED" && (
                <p className="mb-3 text-xs text-slate-500">{t("internalNote", { side: round.side.name })}</p>
              )}
              {round.answers.length ? (
                <ul className="space-y-4 text-sm">
                  {round.answers.map((a) => (
                    <li key={a.id} className="border-l-2 border-slate-300 pl-3">
                      <p className="flex flex-wrap items-center gap-2">
                        <Badge tone={a.position === "SUPPORT" ? "green" : a.position === "CONCERN" ? "red" : "blue"}>
                          {tfb(`kinds.${a.position}`)}
                        </Badge>
                        <strong>{t("answerBy", { organisation: a.organisation, sector: a.sector })}</strong>
                      </p>
                      <p className="text-xs text-slate-500">
                        {t("answerFrom", { name: a.invitee.name || a.invitee.email })} ·{" "}
                        {t("updated", { when: when(a.updatedAt) })}
                      </p>
                      <p className="mt-1 whitespace-pre-wrap">{a.text}</p>
                      {(a.evidence as string[]).map((url) => (
                        <TextLink key={url} href={url} kind="external" className="block break-all text-xs">
                          {url}
                        </TextLink>
                      ))}
                      {a.fileName && (
                        <TextLink
                          href={`/api/consultations/answers/${a.id}/file`}
                          kind="file"
                          className="block text-xs"
                        >
                          {t("file", { name: a.fileName })}
                        </TextLink>
                      )}
                      {a.followUps.map((fu) => (
                        <TextLink key={fu.id} href={`/follow-ups/${fu.id}`} className="mt-1 block text-xs">
                          {t("linkedFollowUp", { title: fu.title })}
                        </TextLink>
                      ))}
                      {people && (
                        <details className="mt-2">
                          <summary className="cursor-pointer text-xs font-medium text-brand-700">
                            {t("followUpFromAnswer")}
                          </summary>
                          <div className="mt-2">
                            <CreateFollowUpForm
                              id={`follow-up-from-answer-${a.id}`}
                              committeeId={round.committeeId}
                              agendaItemId={round.agendaItemId}
                              decisions={[]}
                              people={people}
                              consultationAnswerId={a.id}
                            />
                          </div>
                        </details>
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                <EmptyState>{t("noAnswers")}</EmptyState>
              )}
              {round.olderAnswers && (
                <MoreLink href={`/consultations/${round.id}?answers=${round.olderAnswers}`}>
                  {t("olderAnswers")}
                </MoreLink>
              )}
            </Card>
          )}
        </div>
        <div className="space-y-6">
          {round.can.manage && round.status !== "RELEASED" && (
            <Card title={t("release")}>
              <ReleaseRoundForm roundId={round.id} version={round.version} summary={round.summary} />
            </Card>
          )}
          {round.invitees && (
            <Card title={t("invitees")}>
              {round.invitees.length ? (
                <ul className="space-y-2 text-sm">
                  {round.invitees.map((i) => (
                    <li key={i.id} className="flex flex-wrap items-center justify-between gap-2">
                      <span>
                        {i.name ? `${i.name} <${i.email}>` : i.email}{" "}
                        <span className="text-xs text-slate-500">
                          · {i.locale} ·{" "}
                          {i.revokedAt
                            ? t("revoked")
                            : i.answer
                              ? t("answered")
                              : i.sentAt
                                ? t("sentOn", { when: when(i.sentAt) })
                                : t("notSent")}
                        </span>
                      </span>
                      {round.can.manage && open && !i.revokedAt && (
                        <RevokeInviteeForm roundId={round.id} inviteeId={i.id} email={i.email} />
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-600">{t("noInvitees")}</p>
              )}
              {round.can.manage && open && (
                <div className="mt-4 space-y-4 border-t border-slate-100 pt-4">
                  <SendInvitationsForm roundId={round.id} version={round.version} />
                  <details>
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("add")}</summary>
                    <div className="mt-3">
                      <AddInviteesForm roundId={round.id} members={members} />
                    </div>
                  </details>
                  <CloseRoundForm roundId={round.id} version={round.version} />
                </div>
              )}
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
