import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { accountCan } from "@/lib/account/service";
import { getOwnInstitution } from "@/lib/institutions/service";
import { unreadCount } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { listMyWorkspaces } from "@/lib/workspaces/service";
import { HeaderMenu } from "./header-menu";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";
import { UnreadBadge } from "./unread-badge";
import { WorkspaceSwitcher } from "./workspace-switcher";

export async function AppHeader({ user }: { user: Actor }) {
  const t = await getTranslations("shell");
  const [workspaces, institution, unread] = await Promise.all([
    listMyWorkspaces(user),
    getOwnInstitution(user),
    unreadCount(user),
  ]);
  const can = accountCan(user);
  const nav = [
    { href: "/", label: t("home") },
    { href: "/briefs", label: t("briefs") },
    { href: "/countries", label: t("countries") },
    { href: "/monitoring", label: t("monitoring") },
    { href: "/cooperation", label: t("cooperation") },
    { href: "/committees", label: t("committees") },
    { href: "/follow-ups", label: t("followUps") },
    { href: "/calendar", label: t("calendar") },
    { href: "/workspaces", label: t("workspaces") },
    ...(can.readMembers ? [{ href: "/admin/members", label: t("members") }] : []),
    ...(can.readAudit
      ? [
          { href: "/admin/audit", label: t("audit") },
          { href: "/admin/outbox", label: t("outbox") },
        ]
      : []),
    ...(can.manageInstitutions ? [{ href: "/operator/institutions", label: t("institutions") }] : []),
  ];
  const role = user.isPlatformOperator
    ? t("roleOperator")
    : user.institutionRole === "ADMIN"
      ? t("roleAdmin")
      : t("roleMember");
  const notifications = (className: string) => <UnreadBadge initialCount={unread} className={className} />;
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <HeaderMenu
        label={t("menu")}
        brand={
          <Link href="/" className="text-lg font-bold text-brand-700">
            Accord
          </Link>
        }
        always={notifications("")}
        controls={
          <>
            <WorkspaceSwitcher workspaces={workspaces.map((w) => ({ id: w.id, name: w.name }))} />
            <div className="flex flex-wrap items-center gap-3 md:ml-auto">
              <p className="text-sm text-slate-600" data-testid="identity">
                <Link
                  href="/account"
                  className="font-medium text-slate-900 underline-offset-2 hover:underline"
                  title={t("account")}
                >
                  {user.name}
                </Link>
                {" · "}
                {institution ? institution.shortName : t("noInstitution")}
                {" · "}
                <span>{role}</span>
              </p>
              {notifications("hidden md:inline-block")}
              <LanguageSwitch />
              <SignOutButton />
            </div>
          </>
        }
        nav={
          <nav aria-label={t("mainNavigation")} className="mx-auto max-w-6xl px-4 pb-2 md:pb-0">
            <ul className="-mb-px grid grid-cols-2 gap-1 text-sm sm:grid-cols-3 md:flex md:flex-wrap">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="block rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900 md:inline-block md:rounded-b-none"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        }
      />
    </header>
  );
}
