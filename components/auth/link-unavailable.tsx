import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function LinkUnavailable({ status }: { status: "expired" | "used" | "unknown" }) {
  const t = await getTranslations("links");
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("unavailableTitle")}</h1>
      <p className="mb-4 text-sm text-slate-700">{t(status)}</p>
      <Link href="/sign-in" className="text-sm text-brand-700 hover:underline">
        {t("toSignIn")}
      </Link>
    </>
  );
}
