import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/auth/link-forms";
import { LinkUnavailable } from "@/components/auth/link-unavailable";
import { inspectLink } from "@/lib/invitations/service";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectLink(token, "MEMBER_INVITATION");
  if (link.status !== "valid") return <LinkUnavailable status={link.status} />;
  const t = await getTranslations("links");
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("joinTitle", { institution: link.institutionName ?? "" })}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("joinIntro")}</p>
      <AcceptInvitationForm token={token} email={link.email} />
    </>
  );
}
