// The public answer page of a delegation invitation (a signed single-person link; no account
// needed): the session's title, time in the session's own zone (named), place, and Accept /
// Tentative / Decline. An expired, used or replaced link gets a clear page; a signed-in person
// who opens someone else's link is refused.
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { AnswerByLinkForm } from "@/components/delegations/delegation-forms";
import { sessionInstant } from "@/lib/delegations/emails";
import { inspectAnswerLink } from "@/lib/delegations/service";
import { clientIpFrom } from "@/lib/server/request";
import { getCurrentUser } from "@/lib/server/session";

export const dynamic = "force-dynamic";

export default async function DelegationAnswerPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const h = await headers();
  const link = await inspectAnswerLink(
    token,
    await getCurrentUser(),
    clientIpFrom((name) => h.get(name)),
  );
  const t = await getTranslations("delegations");
  if (link.status !== "valid")
    return (
      <>
        <h1 className="mb-2 text-2xl font-semibold">
          {t(link.status === "other_person" ? "otherPersonTitle" : "linkUnavailableTitle")}
        </h1>
        <p className="text-sm text-slate-700">{t(`link.${link.status}`)}</p>
      </>
    );
  const locale = await getLocale();
  const { session } = link;
  return (
    <>
      <p className="text-sm uppercase tracking-wide text-slate-600">{link.committee}</p>
      <h1 className="mb-2 text-2xl font-semibold">{session.title}</h1>
      <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-medium">{t("when")}</dt>
        <dd>
          {sessionInstant(session.startsAt, session.timeZone, locale)} –{" "}
          {sessionInstant(session.endsAt, session.timeZone, locale)} ({session.timeZone})
        </dd>
        <dt className="font-medium">{t("where")}</dt>
        <dd>{session.place || session.onlineUrl || "—"}</dd>
        <dt className="font-medium">{t("delegation")}</dt>
        <dd>{link.side}</dd>
        <dt className="font-medium">{t("invitee")}</dt>
        <dd>{link.name}</dd>
      </dl>
      <p className="mb-3 text-sm text-slate-700">
        {link.current === "INVITED" ? t("pleaseAnswer") : t("currentAnswer", { answer: t(`status.${link.current}`) })}
      </p>
      <AnswerByLinkForm token={token} />
      <p className="mt-4 text-xs text-slate-500">{t("linkOnce")}</p>
    </>
  );
}
