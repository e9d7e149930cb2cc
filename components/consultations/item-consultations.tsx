// The consultations of an agenda item (its page): every round the reader may see. The
// convening side sees the answers (and its managers open rounds and make follow-ups from
// answers); the other side sees released rounds only: question, summary and counts.
import { getFormatter, getTimeZone, getTranslations } from "next-intl/server";
import { Badge, Card } from "@/components/ui/card";
import { dateTimeOptions } from "@/components/ui/date-time";
import { TextLink } from "@/components/ui/text-link";
import { invitableMembers, listItemRounds, type RoundView } from "@/lib/consultations/service";
import type { Actor } from "@/lib/server/actor";
import { OpenRoundForm } from "./round-forms";

export const STATUS_TONE = { OPEN: "green", CLOSED: "amber", RELEASED: "blue" } as const;

export async function RoundCounts({ round }: { round: Pick<RoundView, "counts"> }) {
  const t = await getTranslations("consultations");
  return (
    <p className="text-xs text-slate-600">
      {t("counts", {
        support: String(round.counts.SUPPORT),
        concern: String(round.counts.CONCERN),
        proposal: String(round.counts.PROPOSAL),
      })}
    </p>
  );
}

export async function ItemConsultations({
  user,
  agendaItemId,
  committeeId,
}: {
  user: Actor;
  agendaItemId: string;
  committeeId: string;
}) {
  const { rounds, canOpen, mySides } = await listItemRounds(user, agendaItemId);
  const t = await getTranslations("consultations");
  const format = await getFormatter();
  const zone = await getTimeZone();
  const members = canOpen ? await invitableMembers(user, committeeId) : [];
  return (
    <Card title={t("title")}>
      {rounds.length ? (
        <ul className="space-y-4 text-sm">
          {rounds.map((round) => (
            <li key={round.id} className="border-l-2 border-brand-600 pl-3">
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone={STATUS_TONE[round.status]}>{t(`statuses.${round.status}`)}</Badge>
                <span className="text-xs text-slate-500">{t("convenedBy", { side: round.side.name })}</span>
              </p>
              <p className="mt-1 whitespace-pre-wrap">{round.question}</p>
              <p className="text-xs text-slate-500">
                {t("deadlineLine", { when: format.dateTime(round.deadline, dateTimeOptions(zone)) })}
                {" · "}
                {t("answersCount", { count: round._count.answers })}
              </p>
              {round.summary && round.status === "RELEASED" && (
                <p className="mt-1 whitespace-pre-wrap rounded bg-slate-50 p-2">{round.summary}</p>
              )}
              {(round.convening || round.status === "RELEASED") && <RoundCounts round={round} />}
              <TextLink href={`/consultations/${round.id}`} className="text-xs">
                {t("viewRound")}
              </TextLink>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("none")}</p>
      )}
      {canOpen && (
        <details className="mt-4 border-t border-slate-100 pt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("open")}</summary>
          <div className="mt-3">
            <OpenRoundForm agendaItemId={agendaItemId} sides={mySides} members={members} defaultZone={zone} />
          </div>
        </details>
      )}
    </Card>
  );
}
