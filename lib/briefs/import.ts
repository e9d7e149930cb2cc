import "server-only";
// Import of briefs from CSV (as exported) or JSON (an array of objects). A preview lists every
// row's errors; an import with any error writes nothing; a valid one writes every row in one
// transaction. Imported briefs are drafts of the importer; a manager may import them published.
import type { z } from "zod";
import type { Distribution } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { parseCsv } from "@/lib/server/csv";
import { db } from "@/lib/server/db";
import { AppError, invalid, notFound } from "@/lib/server/errors";
import { type ImportOutcome, type ImportRowError, issuesToRowErrors } from "@/lib/server/import-rows";
import { clock } from "@/lib/time/clock";
import { type BriefFields, briefFieldsSchema, type importSchema } from "./schemas";

export const MAX_IMPORT_ROWS = 1000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportPreview = ImportOutcome;

const splitList = (v: unknown) =>
  Array.isArray(v)
    ? v.map(String)
    : typeof v === "string"
      ? v
          .split(/[;,]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [];

/** The records with their row numbers: spreadsheet rows for CSV, item numbers for JSON. */
function parseRecords(text: string, fileName: string): { row: number; record: Record<string, unknown> }[] {
  const trimmed = text.trim();
  if (fileName.toLowerCase().endsWith(".json") || trimmed.startsWith("[")) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      throw invalid("file", "import_bad_json");
    }
    if (!Array.isArray(data) || !data.every((r) => r && typeof r === "object"))
      throw invalid("file", "import_bad_json");
    return (data as Record<string, unknown>[]).map((record, index) => ({ row: index + 1, record }));
  }
  // parseCsv strips the apostrophe our export puts before formula-like text.
  const parsed = parseCsv(text);
  if (!parsed.fields.includes("title")) throw invalid("file", "import_no_title_column");
  return parsed.rows;
}

async function validate(
  _actor: Actor,
  workspaceId: string,
  records: { row: number; record: Record<string, unknown> }[],
  manager: boolean,
) {
  const areas = await db().technologyArea.findMany({ where: { workspaceId }, select: { id: true, key: true } });
  const areaIds = new Map(areas.map((a) => [a.key, a.id]));
  const errors: ImportRowError[] = [];
  const valid: { row: number; fields: BriefFields; status: "DRAFT" | "PUBLISHED" }[] = [];
  for (const { row, record } of records) {
    const rowErrors: ImportRowError[] = [];
    const areaKeys = splitList(record.areas);
    for (const key of areaKeys)
      if (!areaIds.has(key)) rowErrors.push({ row, field: "areas", message: `unknown_area_key:${key}` });
    let sources: unknown = record.sources ?? [];
    if (typeof sources === "string") {
      try {
        sources = sources.trim() ? JSON.parse(sources) : [];
      } catch {
        rowErrors.push({ row, field: "sources", message: "import_bad_sources" });
        sources = [];
      }
    }
    const status = String(record.status ?? "DRAFT").toUpperCase();
    if (status !== "DRAFT" && status !== "PUBLISHED")
      rowErrors.push({
        row,
        field: "status",
        message: "import_bad_status",
        value: status,
        allowed: ["DRAFT", "PUBLISHED"],
      });
    if (status === "PUBLISHED" && !manager)
      rowErrors.push({ row, field: "status", message: "import_publish_needs_manager" });
    const parsed = briefFieldsSchema.safeParse(
      {
        title: record.title ?? "",
        summary: record.summary ?? "",
        body: record.body ?? "",
        category: record.category,
        distribution: record.distribution ?? "WORKSPACE",
        countries: splitList(record.countries),
        areas: areaKeys.flatMap((k) => (areaIds.has(k) ? [areaIds.get(k)!] : [])),
        recipients: [],
        sources,
      },
      { reportInput: true },
    );
    if (!parsed.success) {
      rowErrors.push(...issuesToRowErrors(row, parsed.error.issues));
    } else if (parsed.data.distribution === "RESTRICTED") {
      rowErrors.push({ row, field: "distribution", message: "import_no_restricted" });
    }
    errors.push(...rowErrors);
    if (!rowErrors.length && parsed.success)
      valid.push({ row, fields: parsed.data, status: status as "DRAFT" | "PUBLISHED" });
  }
  return { errors, valid };
}

export async function importBriefs(actor: Actor, input: z.infer<typeof importSchema>): Promise<ImportPreview> {
  const membership = await db().workspaceMembership.findUnique({
    where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: actor.id } },
  });
  if (!membership || !actor.institutionId) throw notFound("This workspace");
  requirePermission(canWorkspace(membership.role, "brief.create"), "contributor_only");
  if (input.file.size > MAX_IMPORT_BYTES) throw invalid("file", "import_too_large");
  const records = parseRecords(await input.file.text(), input.file.name);
  if (!records.length) throw invalid("file", "import_empty");
  if (records.length > MAX_IMPORT_ROWS) throw invalid("file", `import_too_many_rows:${MAX_IMPORT_ROWS}`);
  const { errors, valid } = await validate(
    actor,
    input.workspaceId,
    records,
    canWorkspace(membership.role, "brief.review"),
  );
  const preview: ImportPreview = {
    rows: valid.map((v) => ({
      row: v.row,
      title: v.fields.title,
      detail: `${v.status} · ${v.fields.countries.join(", ")}`,
    })),
    errors,
  };
  if (input.intent === "preview") return preview;
  if (errors.length) throw new AppError("VALIDATION", "import_has_errors", {}, preview);

  const institutionId = actor.institutionId;
  await db().$transaction(async (tx) => {
    const now = clock.now();
    for (const { fields, status } of valid) {
      const brief = await tx.brief.create({
        data: {
          workspaceId: input.workspaceId,
          institutionId,
          authorId: actor.id,
          title: fields.title,
          summary: fields.summary,
          body: fields.body,
          category: fields.category as never,
          distribution: fields.distribution as Distribution,
          sources: fields.sources,
          status,
          publishedAt: status === "PUBLISHED" ? now : null,
          reviewedById: status === "PUBLISHED" ? actor.id : null,
          countries: { createMany: { data: [...new Set(fields.countries)].map((countryCode) => ({ countryCode })) } },
          areas: { createMany: { data: [...new Set(fields.areas)].map((areaId) => ({ areaId })) } },
        },
      });
      if (status === "PUBLISHED") {
        await tx.briefRevision.create({
          data: {
            briefId: brief.id,
            number: 1,
            title: brief.title,
            summary: brief.summary,
            body: brief.body,
            category: brief.category,
            distribution: brief.distribution,
            sources: fields.sources,
            countryCodes: fields.countries,
            editorId: actor.id,
          },
        });
      }
    }
    await recordAudit(tx, {
      action: "brief.import",
      actor,
      targetType: "workspace",
      targetId: input.workspaceId,
      workspaceId: input.workspaceId,
      institutionId,
      metadata: { rows: valid.length },
    });
  });
  return { ...preview, imported: valid.length };
}
