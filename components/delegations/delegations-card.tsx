// The session page's "Delegations" section: each side's delegation (members and contacts, role,
// status, who answered how and when), with the forms the reader may use (lib/delegations says
// which: edit per side, invite, mark attendance, answer their own invitation).
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card } from "@/components/ui/card";
import { dateTimeOptions } from "@/components/ui/date-time";
import { RowHeader, Table, Td } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { type DelegationPerson, getDelegations } from "@/lib/delegations/service";
import type { Actor } from "@/lib/server/actor";
import {
  AddContactForm,
  AddMemberForm,
  AnswerInAppForm,
  MemberControls,
  SendInvitationsButton,
} from "./delegation-forms";

const TONES = {
  INVITED: "slate",
  ACCEPTED: "green",
  TENTATIVE: "amber",
  DECLINED: "red",
  ATTENDED: "green",
  ABSENT: "red",
} as const;

export async function DelegationsCard({ user, sessionId }: { user: Actor; sessionId: string }) {
  const data = await getDelegations(user, sessionId);
  const t = await getTranslations("delegations");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, dateTimeOptions());
  const answered = (p: DelegationPerson) =>
    p.answeredAt
      ? t("answeredOn", { via: p.answeredVia ?? "APP", when: when(p.answeredAt) })
      : p.invitedAt
        ? t("invitedOn", { when: when(p.invitedAt) })
        : // Added straight to the record of a session under way or held: nobody was asked.
          p.status === "ATTENDED" || p.status === "ABSENT"
          ? t("recordedOnly")
          : t("notInvited");
  return (
    <Card
      title={t("heading")}
      actions={
        data.contacts.length > 0 || data.sides.some((s) => s.can.edit) ? (
          <TextLink href="/contacts" className="text-sm">
            {t("contacts.link")}
          </TextLink>
        ) : undefined
      }
    >
      {data.mine && (
        <div className="mb-4 rounded-md border border-brand-200 bg-brand-50 p-3 text-sm">
          <p className="mb-2">{t("yourSeat", { status: t(`status.${data.mine.status}`) })}</p>
          {data.can.answer && <AnswerInAppForm sessionId={data.session.id} member={data.mine} />}
        </div>
      )}
      <div className="space-y-6">
        {data.sides.map((side) => {
          const pending = side.people.filter((p) => p.status === "INVITED" && !p.invitedAt).length;
          return (
            <section key={side.id} aria-labelledby={`delegation-${side.id}`} className="space-y-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 id={`delegation-${side.id}`} className="text-base font-semibold">
                  {t("sideDelegation", { side: side.name, count: side.people.length })}
                </h3>
                {side.can.invite && side.people.length > 0 && (
                  <SendInvitationsButton sessionId={data.session.id} side={side} pending={pending} />
                )}
              </div>
              <Table
                caption={t("sideDelegation", { side: side.name, count: side.people.length })}
                columns={[
                  t("name"),
                  t("role"),
                  t("statusLabel"),
                  t("answerLabel"),
                  ...(side.can.edit || data.can.markAttendance ? [{ label: t("actions"), srOnly: true }] : []),
                ]}
                empty={t("emptySide", { side: side.name })}
              >
                {side.people.map((p) => (
                  <tr key={p.id}>
                    <RowHeader className="font-medium">
                      {p.name}
                      {p.kind === "contact" && (
                        <span className="ml-1 text-xs font-normal text-slate-500">({t("contact")})</span>
                      )}
                      <span className="block text-xs font-normal text-slate-600">
                        {[p.organisation, p.title].filter(Boolean).join(" · ")}
                      </span>
                    </RowHeader>
                    <Td>{p.role}</Td>
                    <Td>
                      <Badge tone={TONES[p.status]}>{t(`status.${p.status}`)}</Badge>
                    </Td>
                    <Td className="text-xs text-slate-600">{answered(p)}</Td>
                    {(side.can.edit || data.can.markAttendance) && (
                      <Td>
                        <MemberControls
                          sessionId={data.session.id}
                          member={p}
                          can={{ edit: side.can.edit, invite: side.can.invite, mark: data.can.markAttendance }}
                        />
                      </Td>
                    )}
                  </tr>
                ))}
              </Table>
              {side.can.edit && (
                <details className="rounded-md border border-slate-200 p-3">
                  <summary className="cursor-pointer text-sm font-medium">{t("addTo", { side: side.name })}</summary>
                  <div className="mt-3 space-y-4">
                    {side.candidates.length > 0 && (
                      <AddMemberForm sessionId={data.session.id} side={side} candidates={side.candidates} />
                    )}
                    <AddContactForm sessionId={data.session.id} side={side} contacts={data.contacts} />
                  </div>
                </details>
              )}
            </section>
          );
        })}
      </div>
    </Card>
  );
}
