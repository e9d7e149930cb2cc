import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

export async function LinkUnavailable({ status }: { status: "expired" | "used" | "unknown" }) {
  const t = await getTranslations("links");
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("unavailableTitle")}</h1>
      <p className="mb-4 text-sm text-slate-700">{t(status)}</p>
      <TextLink href="/sign-in" className="text-sm">
        {t("toSignIn")}
      </TextLink>
    </>
  );
}
