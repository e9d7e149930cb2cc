import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { MoreLink, TextLink } from "@/components/ui/text-link";
import { listBulletins } from "@/lib/bulletins/service";
import { orNotFound } from "@/lib/server/page";
import { cursorSchema } from "@/lib/server/pagination";
import { requireUser } from "@/lib/server/session";
import { getWorkspace } from "@/lib/workspaces/service";

export default async function BulletinsPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string }>;
  searchParams: Promise<{ cursor?: string }>;
}) {
  const user = await requireUser();
  const { workspaceId } = await params;
  const workspace = await orNotFound(getWorkspace(user, workspaceId));
  const page = await listBulletins(user, workspace.id, cursorSchema.parse((await searchParams).cursor));
  const t = await getTranslations("bulletins");
  const format = await getFormatter();
  return (
    <>
      <PageHeader
        title={`${t("title")} · ${workspace.name}`}
        description={t("description")}
        actions={
          workspace.can.manageBulletins && (
            <Link href={`/workspaces/${workspace.id}/bulletins/new`} className={buttonClass("primary")}>
              {t("new")}
            </Link>
          )
        }
      />
      <Card>
        {page.items.length ? (
          <ul className="divide-y divide-slate-100">
            {page.items.map((b) => (
              <li key={b.id} className="py-2">
                <TextLink href={`/bulletins/${b.id}`} className="font-medium">
                  {b.title}
                </TextLink>
                <p className="text-xs text-slate-500">
                  {t("number", { year: b.year, n: b.numberInYear, overall: b.overallNumber })} ·{" "}
                  {format.dateTime(b.issueDate, { dateStyle: "medium", timeZone: "UTC" })} ·{" "}
                  {t("items", { count: b._count.items })}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("empty")}</EmptyState>
        )}
        {page.nextCursor && <MoreLink href={`?cursor=${page.nextCursor}`}>{t("older")}</MoreLink>}
      </Card>
    </>
  );
}
