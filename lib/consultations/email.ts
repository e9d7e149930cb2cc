// The consultation invitation: in the invitee's language, with the question, the deadline
// (in the round's zone, named) and the single-person link. Nothing else from the committee
// than its name and the agenda item's title.
import type { OutgoingEmail } from "@/lib/email/service";
import { translatorFor } from "@/lib/notifications/service";
import { absoluteUrl } from "@/lib/server/links";

export const consultationPath = (token: string) => `/consult/${token}`;
export const consultationLink = (token: string) => absoluteUrl(consultationPath(token));

/** "12 Mar 2027, 18:00 (Asia/Seoul)": the deadline in the round's zone, named. */
export function formatDeadline(at: Date, timeZone: string, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(at);
  return `${text} (${timeZone})`;
}

export function consultationEmail(input: {
  to: string;
  name: string;
  locale: string;
  committee: string;
  title: string;
  question: string;
  deadline: Date;
  timeZone: string;
  link: string;
}): OutgoingEmail {
  const { t, locale } = translatorFor(input.locale);
  const values = {
    name: input.name || input.to,
    committee: input.committee,
    title: input.title,
    question: input.question,
    deadline: formatDeadline(input.deadline, input.timeZone, locale),
    link: input.link,
  };
  return {
    to: input.to,
    subject: t("consultations.email.subject", values),
    text: t("consultations.email.text", values),
  };
}
