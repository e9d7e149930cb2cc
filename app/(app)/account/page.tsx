import { getFormatter, getTranslations } from "next-intl/server";
import { EndOtherSessionsButton, EndSessionButton } from "@/components/account/session-controls";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { listMySessions } from "@/lib/account/service";
import { deviceName } from "@/lib/auth/device";
import { requireUser } from "@/lib/server/session";

// Until people choose a time zone, times are shown in UTC, and the zone is always named.
const WHEN = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
} as const;

export default async function AccountPage() {
  const user = await requireUser();
  const sessions = await listMySessions(user);
  const t = await getTranslations("account");
  const format = await getFormatter();
  const others = sessions.filter((s) => !s.current).length;
  const device = (userAgent: string) => {
    const { browser, system } = deviceName(userAgent);
    if (browser && system) return t("deviceOn", { browser, system });
    return browser ?? system ?? t("unknownDevice");
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { email: user.email })} />
      <Card title={t("sessions")} actions={others > 0 ? <EndOtherSessionsButton /> : undefined}>
        <p className="mb-4 text-sm text-slate-600">{t("sessionsHint")}</p>
        {sessions.length === 0 ? (
          <EmptyState>{t("noSessions")}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("sessions")}</caption>
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("device")}
                  </th>
                  <th scope="col" className="hidden py-2 pr-3 sm:table-cell">
                    {t("address")}
                  </th>
                  <th scope="col" className="hidden py-2 pr-3 sm:table-cell">
                    {t("signedIn")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("lastSeen")}
                  </th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">{t("actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <td className="py-2 pr-3 align-top">
                      <div className="font-medium">{device(s.userAgent)}</div>
                      <div className="text-xs text-slate-500">
                        {s.provider === "oidc" ? t("viaSso") : t("viaPassword")}
                      </div>
                      {/* Narrow screens: the hidden columns' facts under the device. */}
                      <div className="text-xs text-slate-500 sm:hidden">
                        {t("address")}: <span className="font-mono">{s.ip ?? "—"}</span> · {t("signedIn")}:{" "}
                        {format.dateTime(s.createdAt, WHEN)}
                      </div>
                      {s.current && <Badge tone="green">{t("thisSession")}</Badge>}
                    </td>
                    <td className="hidden py-2 pr-3 align-top font-mono text-xs sm:table-cell">{s.ip ?? "—"}</td>
                    <td className="hidden py-2 pr-3 align-top sm:table-cell sm:whitespace-nowrap">
                      {format.dateTime(s.createdAt, WHEN)}
                    </td>
                    <td className="py-2 pr-3 align-top sm:whitespace-nowrap">{format.dateTime(s.lastSeenAt, WHEN)}</td>
                    <td className="py-2 align-top">
                      {s.current ? (
                        <span className="text-xs text-slate-500">{t("signOutToEnd")}</span>
                      ) : (
                        <EndSessionButton sessionId={s.id} device={device(s.userAgent)} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
