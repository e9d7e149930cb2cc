import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { serverEnv } from "@/lib/server/env";
import { safeRedirectTarget } from "@/lib/server/safe-redirect";
import { getCurrentUser } from "@/lib/server/session";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl, error } = await searchParams;
  const env = serverEnv();
  // Only our own pages: never redirect to another origin after sign-in.
  const target = safeRedirectTarget(callbackUrl, env.baseUrl);
  // Already signed in (e.g. in another tab): straight on to the page the link pointed to.
  if (await getCurrentUser()) redirect(target.startsWith("/sign-in") ? "/" : target);
  const t = await getTranslations("signIn");
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("intro")}</p>
      <SignInForm
        callbackUrl={target}
        oidcName={env.OIDC_ISSUER ? env.OIDC_NAME : null}
        initialError={error === "AccessDenied" ? "sso_denied" : undefined}
      />
    </>
  );
}
