// The invitation and password-reset emails, in the language chosen for them (the invitee has
// no account yet, so the inviting admin picks it; a reset goes in the member's own language).
import type { OutgoingEmail } from "@/lib/email/service";
import { translatorFor } from "@/lib/notifications/service";

export function invitationEmail(input: {
  to: string;
  locale: string;
  inviter: string;
  institution: string;
  link: string;
}): OutgoingEmail {
  const { t } = translatorFor(input.locale);
  const values = { inviter: input.inviter, institution: input.institution, link: input.link };
  return {
    to: input.to,
    subject: t("members.emails.invitationSubject", values),
    text: t("members.emails.invitationText", values),
  };
}

export function passwordResetEmail(input: { to: string; locale: string; link: string }): OutgoingEmail {
  const { t } = translatorFor(input.locale);
  return {
    to: input.to,
    subject: t("members.emails.resetSubject"),
    text: t("members.emails.resetText", { link: input.link }),
  };
}
