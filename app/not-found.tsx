import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-slate-600">{t("body")}</p>
      <TextLink href="/">{t("home")}</TextLink>
    </main>
  );
}
