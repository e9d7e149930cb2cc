import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filters";
import { Table, Td } from "@/components/ui/table";
import { MoreLink } from "@/components/ui/text-link";
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
        <FilterForm
          label={t("filter")}
          apply={t("apply")}
          search
          className="mb-4 grid gap-3 sm:grid-cols-5 sm:items-end"
        >
          <FilterInput name="actor" label={t("actor")} value={filters.actor} placeholder="name@institute.org" />
          <FilterSelect
            name="action"
            label={t("action")}
            any={t("anyAction")}
            value={filters.action}
            options={[
              { value: "refusals", label: t("refusals") },
              ...AUDIT_ACTIONS.map((a) => ({ value: a, label: ta(a.replace(".", "_")) })),
            ]}
          />
          <FilterInput name="from" type="date" label={t("from")} value={filters.from} />
          <FilterInput name="to" type="date" label={t("to")} value={filters.to} />
        </FilterForm>
        <Table caption={t("title")} columns={[t("when"), t("who"), t("what"), t("target"), t("ip")]} empty={t("empty")}>
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
                <Td nowrap>
                  <DateTime value={e.createdAt} precision="second" />
                </Td>
                <Td>
                  {e.actor?.name && <div>{e.actor.name}</div>}
                  <div className="text-xs text-slate-500">{e.actorEmail ?? "—"}</div>
                </Td>
                <Td>{ta(e.action.replace(".", "_"))}</Td>
                <Td className="text-xs text-slate-600">{detail || e.targetType || "—"}</Td>
                <Td className="font-mono text-xs">{e.ip ?? "—"}</Td>
              </tr>
            );
          })}
        </Table>
        {events.nextCursor && (
          <MoreLink href={`/admin/audit?${query.toString() ? `${query}&` : ""}cursor=${events.nextCursor}`}>
            {t("older")}
          </MoreLink>
        )}
      </Card>
    </>
  );
}
