import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/link-forms";
import { LinkUnavailable } from "@/components/auth/link-unavailable";
import { inspectLink } from "@/lib/invitations/service";

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectLink(token, "PASSWORD_RESET");
  if (link.status !== "valid") return <LinkUnavailable status={link.status} />;
  const t = await getTranslations("links");
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("resetTitle")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("resetIntro", { email: link.email })}</p>
      <ResetPasswordForm token={token} />
    </>
  );
}
