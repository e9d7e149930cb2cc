import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/** "Download Word" / "Download PDF" for an export route (it takes ?format=docx|pdf). */
export async function DownloadLinks({ href, label }: { href: string; label?: string }) {
  const t = await getTranslations("exports");
  return (
    <div role="group" aria-label={label ?? t("downloads")} className="no-print flex flex-wrap gap-2">
      <a href={`${href}?format=docx`} className={buttonClass("secondary")} download>
        {t("downloadWord")}
      </a>
      <a href={`${href}?format=pdf`} className={buttonClass("secondary")} download>
        {t("downloadPdf")}
      </a>
    </div>
  );
}
