import { getFormatter, getTranslations } from "next-intl/server";
import { TlpBadge } from "@/components/briefs/brief-badges";
import { DueSessionsCard } from "@/components/series/due-sessions-card";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { TextLink } from "@/components/ui/text-link";
import { followUpHealth } from "@/lib/followups/health";
import { adminHome, managerHome, staffHome } from "@/lib/home/service";
import type { Actor } from "@/lib/server/actor";

function List({ children }: { children: React.ReactNode }) {
  return <ul className="divide-y divide-slate-100 text-sm">{children}</ul>;
}

export async function StaffSections({ user }: { user: Actor }) {
  const data = await staffHome(user);
  const t = await getTranslations("home");
  const tc = await getTranslations("committees");
  const v = await getTranslations("vocab.status");
  const tf = await getTranslations("followUps");
  const format = await getFormatter();
  // Due dates are dates (UTC, no shift); a publication is an instant, on the reader's day.
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <section aria-labelledby="home-staff" className="space-y-4">
      <h2 id="home-staff" className="text-lg font-semibold">
        {t("myWork")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("myBriefs")}>
          {data.myBriefs.length ? (
            <List>
              {data.myBriefs.map((b) => (
                <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <TextLink href={`/briefs/${b.id}`}>{b.title}</TextLink>
                  <span className="flex items-center gap-1">
                    {b.status === "DRAFT" && b.reviewComment && <Badge tone="amber">{t("returned")}</Badge>}
                    <Badge>{v(b.status)}</Badge>
                  </span>
                </li>
              ))}
            </List>
          ) : (
            <EmptyState>{t("noDrafts")}</EmptyState>
          )}
        </Card>
        <Card
          title={t("mentions")}
          actions={
            <TextLink href="/notifications" className="text-sm">
              {t("unread", { count: data.unread })}
            </TextLink>
          }
        >
          {data.mentions.length ? (
            <List>
              {data.mentions.map((n) => (
                <li key={n.id} className="py-2">
                  <TextLink href={`/briefs/${n.brief!.id}`}>
                    {t("mentionedBy", { name: n.actor?.name ?? "", title: n.brief!.title })}
                  </TextLink>
                </li>
              ))}
            </List>
          ) : (
            <EmptyState>{t("noMentions")}</EmptyState>
          )}
        </Card>
        <Card title={t("watched")}>
          {data.watched.length ? (
            <List>
              {data.watched.map((b) => (
                <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <TextLink href={`/briefs/${b.id}`}>{b.title}</TextLink>
                  <span className="flex items-center gap-2 text-xs text-slate-500">
                    {b.publishedAt && day(b.publishedAt)} <TlpBadge distribution={b.distribution} />
                  </span>
                </li>
              ))}
            </List>
          ) : (
            <EmptyState>{data.watching ? t("noWatchedNews") : t("noWatches")}</EmptyState>
          )}
        </Card>
        <Card
          title={t("myFollowUps")}
          actions={
            <TextLink href="/follow-ups?assignee=me" className="text-sm">
              {t("all")}
            </TextLink>
          }
        >
          {data.myFollowUps.length ? (
            <List>
              {data.myFollowUps.map((f) => (
                <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <TextLink href={`/follow-ups/${f.id}`}>{f.title}</TextLink>
                  <span className="flex items-center gap-2 text-xs text-slate-500">
                    {followUpHealth(f) === "OVERDUE" && <Badge tone="red">{tf("overdue")}</Badge>}
                    {followUpHealth(f) === "AT_RISK" && <Badge tone="amber">{tc("health.AT_RISK")}</Badge>}
                    {date(f.dueDate)} · {tf(`statuses.${f.status}`)} · {f.progress}%
                  </span>
                </li>
              ))}
            </List>
          ) : (
            <EmptyState>{t("noFollowUps")}</EmptyState>
          )}
        </Card>
      </div>
    </section>
  );
}

export async function ManagerSections({ user }: { user: Actor }) {
  const data = await managerHome(user);
  if (!data) return null;
  const t = await getTranslations("home");
  const tf = await getTranslations("followUps");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const followUp = (f: (typeof data.overdue)[number]) => (
    <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
      <span>
        <TextLink href={`/follow-ups/${f.id}`}>{f.title}</TextLink>
        <span className="block text-xs text-slate-500">{f.committee.name}</span>
      </span>
      <span className="text-xs text-slate-600">
        {date(f.dueDate)} · {tf(`statuses.${f.status}`)} · {f.progress}%
      </span>
    </li>
  );
  return (
    <section aria-labelledby="home-manager" className="space-y-4">
      <h2 id="home-manager" className="text-lg font-semibold">
        {t("toChase")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("overdue", { count: data.overdue.length })}>
          {data.overdue.length ? (
            <List>{data.overdue.map(followUp)}</List>
          ) : (
            <EmptyState>{t("nothingOverdue")}</EmptyState>
          )}
        </Card>
        <Card title={t("dueSoon", { count: data.dueSoon.length })}>
          {data.dueSoon.length ? (
            <List>{data.dueSoon.map(followUp)}</List>
          ) : (
            <EmptyState>{t("nothingDueSoon")}</EmptyState>
          )}
        </Card>
        <Card title={t("nextSessions")}>
          {data.sessions.length ? (
            <List>
              {data.sessions.map((s) => (
                <li key={s.id} className="py-2">
                  <TextLink href={`/sessions/${s.id}`}>
                    {s.committee.name}: {s.title}
                  </TextLink>
                  <span className="block text-xs text-slate-500">
                    <DateTime value={s.startsAt} />
                  </span>
                  <span className="mt-1 flex flex-wrap gap-1">
                    {s.entries.length === 0 ? (
                      <Badge tone="amber">{t("noAgenda")}</Badge>
                    ) : s.missingPresenter || s.missingTime ? (
                      <>
                        {s.missingPresenter > 0 && (
                          <Badge tone="amber">{t("missingPresenter", { count: s.missingPresenter })}</Badge>
                        )}
                        {s.missingTime > 0 && <Badge tone="amber">{t("missingTime", { count: s.missingTime })}</Badge>}
                      </>
                    ) : (
                      <Badge tone="green">{t("agendaReady", { count: s.entries.length })}</Badge>
                    )}
                  </span>
                </li>
              ))}
            </List>
          ) : (
            <EmptyState>{t("noSessions")}</EmptyState>
          )}
        </Card>
        {data.seriesDue.length > 0 && <DueSessionsCard due={data.seriesDue} />}
        <Card title={t("reviews")}>
          {data.reviews.length ? (
            <List>
              {data.reviews.map((b) => (
                <li key={b.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <TextLink href={`/briefs/${b.id}`}>{b.title}</TextLink>
                  <span className="text-xs text-slate-500">{b.author.name}</span>
                </li>
              ))}
            </List>
          ) : (
            <EmptyState>{t("noReviews")}</EmptyState>
          )}
        </Card>
        <Card title={t("undecided")} className="md:col-span-2">
          {data.undecided.length ? (
            <List>
              {data.undecided.map((d) => (
                <li key={d.id} className="py-2">
                  <TextLink href={`/agenda-items/${d.agendaItem.id}`}>{d.agendaItem.title}</TextLink>
                  <span className="block text-xs text-slate-500">
                    {d.session.title}: {d.text}
                  </span>
                </li>
              ))}
            </List>
          ) : (
            <EmptyState>{t("allFollowedUp")}</EmptyState>
          )}
        </Card>
      </div>
    </section>
  );
}

export async function AdminSections({ user }: { user: Actor }) {
  const data = await adminHome(user);
  if (!data) return null;
  const t = await getTranslations("home");
  const ta = await getTranslations("auditActions");
  return (
    <section aria-labelledby="home-admin" className="space-y-4">
      <h2 id="home-admin" className="text-lg font-semibold">
        {t("institution")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <Card
          title={t("people")}
          actions={
            <TextLink href="/admin/members" className="text-sm">
              {t("manageMembers")}
            </TextLink>
          }
        >
          <ul className="space-y-1 text-sm">
            <li>{t("activeMembers", { count: data.members })}</li>
            <li>{t("pendingInvitations", { count: data.pending })}</li>
            <li className={data.expired ? "text-amber-800" : ""}>{t("expiredInvitations", { count: data.expired })}</li>
            <li>
              {t("deactivatedAccounts", { count: data.deactivated.length })}
              {data.deactivated.length > 0 && `: ${data.deactivated.map((u) => u.name).join(", ")}`}
            </li>
          </ul>
        </Card>
        <Card
          title={t("sensitive")}
          actions={
            <TextLink href="/admin/audit" className="text-sm">
              {t("auditLog")}
            </TextLink>
          }
        >
          {data.failures.length === 0 && data.roleChanges.length === 0 ? (
            <EmptyState>{t("nothingSensitive")}</EmptyState>
          ) : (
            <List>
              {data.failures.map((f) => (
                <li key={f.email} className="py-2 text-red-800">
                  {t("failedBurst", { email: f.email, count: f.count })}
                </li>
              ))}
              {data.roleChanges.map((e) => (
                <li key={e.id} className="py-2">
                  {ta(e.action.replace(/\./g, "_"))} · {e.actorEmail} ·{" "}
                  <span className="text-xs text-slate-500">
                    <DateTime value={e.createdAt} />
                  </span>
                </li>
              ))}
            </List>
          )}
        </Card>
      </div>
    </section>
  );
}
