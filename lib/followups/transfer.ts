import "server-only";
// Follow-ups out (CSV of a filtered list) and in (CSV into one committee: preview with every
// row's errors; any error writes nothing; a valid file writes all rows in one transaction).
import { z } from "zod";
import { committeeAccess } from "@/lib/committees/service";
import { publishBoard } from "@/lib/live/service";
import { recordEvent } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { parseCsv, recordsToCsv } from "@/lib/server/csv";
import { db } from "@/lib/server/db";
import { AppError, invalid } from "@/lib/server/errors";
import { type ImportOutcome, issuesToRowErrors } from "@/lib/server/import-rows";
import { dateFromIso, isoDateOf } from "@/lib/time/clock";
import { isoDate } from "@/lib/time/schemas";
import { listFollowUps } from "./list";
import type { followUpImportSchema } from "./schemas";
import { FOLLOW_UP_STATUSES, type FollowUpFilters, PRIORITIES } from "./schemas";

export const EXPORT_LIMIT = 5000;
export const MAX_IMPORT_ROWS = 1000;

/** The CSV (UTF-8 BOM first) of a list view; formula-like text is neutralised by the writer. */
export async function followUpsCsv(actor: Actor, filters: FollowUpFilters): Promise<string> {
  const rows: Record<string, string | number>[] = [];
  let cursor: string | undefined;
  do {
    const page = await listFollowUps(actor, { ...filters, cursor }, 200);
    for (const f of page.items) {
      rows.push({
        id: f.id,
        title: f.title,
        committee: f.committee.name,
        agendaItem: f.agendaItem?.title ?? "",
        status: f.status,
        priority: f.priority,
        dueDate: isoDateOf(f.dueDate),
        progress: f.progress,
        leads: f.leads.map((l) => l.institution.shortName).join("; "),
        // Emails, not names: they are what the import matches, so an export imports back as it is.
        assignees: f.assignees.map((a) => a.user.email).join("; "),
      });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows.length < EXPORT_LIMIT);
  return recordsToCsv(
    ["id", "title", "committee", "agendaItem", "status", "priority", "dueDate", "progress", "leads", "assignees"],
    rows.slice(0, EXPORT_LIMIT),
    { bom: true },
  );
}

const rowSchema = z.object({
  title: z.string().trim().min(3, "min_chars:3").max(300, "max_chars:300"),
  description: z.string().trim().max(10_000, "max_chars:10000").default(""),
  dueDate: isoDate(),
  priority: z.enum(PRIORITIES, { error: "import_bad_priority" }).default("MEDIUM"),
  status: z.enum(FOLLOW_UP_STATUSES, { error: "import_bad_status" }).default("OPEN"),
  progress: z.coerce
    .number({ error: "invalid_number" })
    .int("invalid_number")
    .min(0, "invalid_number")
    .max(100, "invalid_number")
    .default(0),
});

export type FollowUpImportResult = ImportOutcome;

const list = (v: unknown) =>
  typeof v === "string"
    ? v
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export async function importFollowUps(
  actor: Actor,
  input: z.infer<typeof followUpImportSchema>,
): Promise<FollowUpImportResult> {
  const { committee } = await committeeAccess(db(), actor, input.committeeId, "followup.manage");
  if (input.file.size > 5 * 1024 * 1024) throw invalid("file", "import_too_large");
  const parsed = parseCsv(await input.file.text());
  if (!parsed.fields.includes("title")) throw invalid("file", "import_no_title_column");
  if (!parsed.rows.length) throw invalid("file", "import_empty");
  if (parsed.rows.length > MAX_IMPORT_ROWS) throw invalid("file", `import_too_many_rows:${MAX_IMPORT_ROWS}`);

  const [institutions, members, items] = await Promise.all([
    db().committeeInstitution.findMany({
      where: { committeeId: committee.id },
      select: { institution: { select: { id: true, shortName: true } } },
    }),
    db().workspaceMembership.findMany({
      where: { workspaceId: committee.workspaceId, user: { status: "ACTIVE" } },
      select: { user: { select: { id: true, email: true } } },
    }),
    db().agendaItem.findMany({ where: { committeeId: committee.id }, select: { id: true, title: true } }),
  ]);
  const institutionId = new Map(institutions.map((i) => [i.institution.shortName.toLowerCase(), i.institution.id]));
  const memberId = new Map(members.map((m) => [m.user.email.toLowerCase(), m.user.id]));
  const itemId = new Map(items.map((i) => [i.title.toLowerCase(), i.id]));

  const errors: FollowUpImportResult["errors"] = [];
  const valid: {
    fields: z.infer<typeof rowSchema>;
    leads: string[];
    assignees: string[];
    agendaItemId: string | null;
    row: number;
  }[] = [];
  for (const { row, record } of parsed.rows) {
    const rowErrors: FollowUpImportResult["errors"] = [];
    const result = rowSchema.safeParse(
      {
        title: record.title ?? "",
        description: record.description,
        dueDate: record.dueDate ?? "",
        priority: blankToUndefined(record.priority?.toUpperCase()),
        status: blankToUndefined(record.status?.toUpperCase()),
        progress: blankToUndefined(record.progress),
      },
      { reportInput: true },
    );
    if (!result.success) rowErrors.push(...issuesToRowErrors(row, result.error.issues));
    const leads = list(record.leads).map((name) => {
      const id = institutionId.get(name.toLowerCase());
      if (!id) rowErrors.push({ row, field: "leads", message: `unknown_lead_name:${name}` });
      return id ?? "";
    });
    if (!leads.length) rowErrors.push({ row, field: "leads", message: "choose_lead" });
    const assignees = list(record.assignees).map((email) => {
      const id = memberId.get(email.toLowerCase());
      if (!id) rowErrors.push({ row, field: "assignees", message: `unknown_assignee:${email}` });
      return id ?? "";
    });
    const agendaTitle = (record.agendaItem ?? "").trim();
    const agendaItemId = agendaTitle ? (itemId.get(agendaTitle.toLowerCase()) ?? null) : null;
    if (agendaTitle && !agendaItemId) rowErrors.push({ row, field: "agendaItem", message: "unknown_agenda_item" });
    if (result.success && result.data.status === "DONE")
      rowErrors.push({ row, field: "status", message: "done_needs_update" });
    errors.push(...rowErrors);
    if (!rowErrors.length && result.success) valid.push({ fields: result.data, leads, assignees, agendaItemId, row });
  }
  const preview: FollowUpImportResult = {
    rows: valid.map((v) => ({ row: v.row, title: v.fields.title, detail: v.fields.dueDate })),
    errors,
  };
  if (input.intent === "preview") return preview;
  if (errors.length) throw new AppError("VALIDATION", "import_has_errors", {}, preview);
  await db().$transaction(async (tx) => {
    for (const v of valid) {
      const followUp = await tx.followUp.create({
        data: {
          committeeId: committee.id,
          agendaItemId: v.agendaItemId,
          title: v.fields.title,
          description: v.fields.description,
          dueDate: dateFromIso(v.fields.dueDate),
          priority: v.fields.priority,
          status: v.fields.status,
          progress: v.fields.progress,
          createdById: actor.id,
          leads: { createMany: { data: [...new Set(v.leads)].map((institutionId) => ({ institutionId })) } },
          assignees: { createMany: { data: [...new Set(v.assignees)].map((userId) => ({ userId })) } },
        },
      });
      await recordEvent(tx, {
        kind: "FOLLOWUP_CREATED",
        committeeId: committee.id,
        actorId: actor.id,
        followUpId: followUp.id,
        payload: { added: [...new Set(v.assignees)] },
      });
    }
    await recordAudit(tx, {
      action: "followup.create",
      actor,
      targetType: "committee",
      targetId: committee.id,
      workspaceId: committee.workspaceId,
      institutionId: actor.institutionId,
      metadata: { imported: valid.length },
    });
    await publishBoard(tx, committee.id);
  });
  return { ...preview, imported: valid.length };
}
