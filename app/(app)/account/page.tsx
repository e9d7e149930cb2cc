import { getTranslations } from "next-intl/server";
import { EndOtherSessionsButton, EndSessionButton } from "@/components/account/session-controls";
import { TimeZoneForm } from "@/components/account/time-zone-form";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { Table, Td } from "@/components/ui/table";
import { listMySessions } from "@/lib/account/service";
import { deviceName } from "@/lib/auth/device";
import { requireUser } from "@/lib/server/session";
import { clock } from "@/lib/time/clock";
import { offsetName, timeZoneNames } from "@/lib/time/zones";

export default async function AccountPage() {
  const user = await requireUser();
  const sessions = await listMySessions(user);
  const t = await getTranslations("account");
  const tz = await getTranslations("timeZones");
  const now = clock.now();
  const zones = timeZoneNames().map((zone) => ({ value: zone, label: `${zone} (${offsetName(zone, now)})` }));
  const others = sessions.filter((s) => !s.current).length;
  const device = (userAgent: string) => {
    const { browser, system } = deviceName(userAgent);
    if (browser && system) return t("deviceOn", { browser, system });
    return browser ?? system ?? t("unknownDevice");
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { email: user.email })} />
      <div id="time-zone" className="mb-6 scroll-mt-4">
        <Card title={tz("title")}>
          <p className="mb-2 text-sm text-slate-600">{tz("hint")}</p>
          <p className="mb-4 text-sm font-medium">
            {user.timeZone ? tz("current", { zone: user.timeZone }) : tz("notChosen")}
          </p>
          <TimeZoneForm zones={zones} current={user.timeZone ?? null} />
        </Card>
      </div>
      <Card title={t("sessions")} actions={others > 0 ? <EndOtherSessionsButton /> : undefined}>
        <p className="mb-4 text-sm text-slate-600">{t("sessionsHint")}</p>
        <Table
          caption={t("sessions")}
          columns={[
            t("device"),
            { label: t("address"), hiddenOnPhone: true },
            { label: t("signedIn"), hiddenOnPhone: true },
            t("lastSeen"),
            { label: t("actions"), srOnly: true },
          ]}
          empty={t("noSessions")}
        >
          {sessions.map((s) => (
            <tr key={s.id}>
              <Td>
                <div className="font-medium">{device(s.userAgent)}</div>
                <div className="text-xs text-slate-500">{s.provider === "oidc" ? t("viaSso") : t("viaPassword")}</div>
                {/* Narrow screens: the hidden columns' facts under the device. */}
                <div className="text-xs text-slate-500 sm:hidden">
                  {t("address")}: <span className="font-mono">{s.ip ?? "—"}</span> · {t("signedIn")}:{" "}
                  <DateTime value={s.createdAt} />
                </div>
                {s.current && <Badge tone="green">{t("thisSession")}</Badge>}
              </Td>
              <Td className="hidden font-mono text-xs sm:table-cell">{s.ip ?? "—"}</Td>
              <Td className="hidden sm:table-cell sm:whitespace-nowrap">
                <DateTime value={s.createdAt} />
              </Td>
              <Td className="sm:whitespace-nowrap">
                <DateTime value={s.lastSeenAt} />
              </Td>
              <Td>
                {s.current ? (
                  <span className="text-xs text-slate-500">{t("signOutToEnd")}</span>
                ) : (
                  <EndSessionButton sessionId={s.id} device={device(s.userAgent)} />
                )}
              </Td>
            </tr>
          ))}
        </Table>
      </Card>
    </>
  );
}
