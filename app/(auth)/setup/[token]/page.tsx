import { getTranslations } from "next-intl/server";
import { OperatorSetupForm } from "@/components/auth/link-forms";
import { LinkUnavailable } from "@/components/auth/link-unavailable";
import { inspectLink } from "@/lib/invitations/service";

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectLink(token, "OPERATOR_SETUP");
  if (link.status !== "valid") return <LinkUnavailable status={link.status} />;
  const t = await getTranslations("links");
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("setupTitle")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("setupIntro")}</p>
      <OperatorSetupForm token={token} />
    </>
  );
}
