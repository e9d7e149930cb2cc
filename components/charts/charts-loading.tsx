import { getTranslations } from "next-intl/server";

/** What a chart area shows while its numbers stream in. */
export async function ChartsLoading() {
  const t = await getTranslations("charts");
  return (
    <p role="status" className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-500">
      {t("loading")}
    </p>
  );
}
