// "At each side's home: 10:00 Seoul · 20:00 Washington, the day before" under a session's time
// (the reader's own home first when it is one of them). Nothing when the sides share one zone.
import { getTimeZone, getTranslations } from "next-intl/server";
import { homeTimesLine, sideCountries } from "@/lib/time/home-times";

export async function SessionHomeTimes({
  startsAt,
  sides,
  className = "text-sm text-slate-600",
}: {
  startsAt: Date;
  sides: Parameters<typeof sideCountries>[0];
  className?: string;
}) {
  const t = await getTranslations();
  const line = homeTimesLine(
    startsAt,
    sideCountries(sides),
    (key, values) => t(key as never, values as never),
    await getTimeZone(),
  );
  if (!line) return null;
  return <p className={className}>{t("timeZones.homeTimes", { times: line })}</p>;
}
