import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { listAuditEvents } from "@/lib/audit/service";
import { AUDIT_ACTIONS } from "@/lib/server/audit";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireUser();
  const filters = auditFiltersSchema.parse(await searchParams);
  const events = await orNotFound(listAuditEvents(user, filters));
  const t = await getTranslations("audit");
  const ta = await getTranslations("auditActions");
  const format = await getFormatter();
  const query = new URLSearchParams(
    Object.entries({ actor: filters.actor, action: filters.action, from: filters.from, to: filters.to }).filter(
      ([, v]) => v,
    ) as [string, string][],
  );
  return (
    <>
      <PageHeader
        title={t("title")}
        description={user.isPlatformOperator ? t("operatorDescription") : t("adminDescription")}
      />
      <Card>
        <form
          method="get"
          className="mb-4 grid gap-3 sm:grid-cols-5 sm:items-end"
          role="search"
          aria-label={t("filter")}
        >
          <div>
            <label htmlFor="audit-actor" className="block text-sm font-medium">
              {t("actor")}
            </label>
            <input
              id="audit-actor"
              name="actor"
              defaultValue={filters.actor}
              placeholder="name@institute.org"
              className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
            />
          </div>
          <div>
            <label htmlFor="audit-action" className="block text-sm font-medium">
              {t("action")}
            </label>
            <select
              id="audit-action"
              name="action"
              defaultValue={filters.action ?? ""}
              className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
            >
              <option value="">{t("anyAction")}</option>
              <option value="refusals">{t("refusals")}</option>
              {AUDIT_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {ta(a.replace(".", "_"))}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-from" className="block text-sm font-medium">
              {t("from")}
            </label>
            <input
              id="audit-from"
              type="date"
              name="from"
              defaultValue={filters.from}
              className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
            />
          </div>
          <div>
            <label htmlFor="audit-to" className="block text-sm font-medium">
              {t("to")}
            </label>
            <input
              id="audit-to"
              type="date"
              name="to"
              defaultValue={filters.to}
              className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
            />
          </div>
          <button
            type="submit"
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100"
          >
            {t("apply")}
          </button>
        </form>
        {events.items.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("title")}</caption>
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("when")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("who")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("what")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("target")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("ip")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {events.items.map((e) => {
                  const meta = (e.metadata ?? {}) as Record<string, unknown>;
                  const detail = [
                    meta.email,
                    meta.role,
                    meta.from && meta.to ? `${meta.from} → ${meta.to}` : null,
                    meta.reason,
                    meta.name,
                    meta.path,
                  ]
                    .filter(Boolean)
                    .join(" · ");
                  return (
                    <tr key={e.id}>
                      <td className="whitespace-nowrap py-2 pr-3 align-top">
                        {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                      </td>
                      <td className="py-2 pr-3 align-top">
                        {e.actor?.name && <div>{e.actor.name}</div>}
                        <div className="text-xs text-slate-500">{e.actorEmail ?? "—"}</div>
                      </td>
                      <td className="py-2 pr-3 align-top">{ta(e.action.replace(".", "_"))}</td>
                      <td className="py-2 pr-3 align-top text-xs text-slate-600">{detail || e.targetType || "—"}</td>
                      <td className="py-2 align-top font-mono text-xs">{e.ip ?? "—"}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {events.nextCursor && (
          <Link
            className="mt-3 inline-block text-sm text-brand-700 hover:underline"
            href={`/admin/audit?${query.toString() ? `${query}&` : ""}cursor=${events.nextCursor}`}
          >
            {t("older")}
          </Link>
        )}
      </Card>
    </>
  );
}
