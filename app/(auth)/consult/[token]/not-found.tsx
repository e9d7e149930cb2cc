import { getTranslations } from "next-intl/server";

// An unknown, withdrawn or expired consultation link (HTTP 404): says so, shows nothing else.
export default async function ConsultLinkNotFound() {
  const t = await getTranslations("consultations.form");
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("unavailableTitle")}</h1>
      <p className="text-sm text-slate-600">{t("unavailableText")}</p>
    </>
  );
}
