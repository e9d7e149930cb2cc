import "server-only";
// CSV import of cooperation activities: every row is checked first; any error and nothing is
// written; otherwise all rows go in one transaction.
import type { z } from "zod";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { parseCsv } from "@/lib/server/csv";
import { db } from "@/lib/server/db";
import { AppError, invalid, notFound } from "@/lib/server/errors";
import { type ImportOutcome, issuesToRowErrors } from "@/lib/server/import-rows";
import { type ActivityFields, activityFields, type activityImportSchema } from "./schemas";
import { activityData } from "./service";

export const MAX_IMPORT_ROWS = 5000;
export const IMPORT_COLUMNS = [
  "organisation",
  "organisationType",
  "partner",
  "partnerType",
  "partnerCountry",
  "field",
  "modes",
  "startDate",
  "endDate",
] as const;

export type ActivityImportResult = ImportOutcome;

/** Enum values are written as in the template (JOINT_RD) or as words ("joint R&D" → JOINT_RD). */
const enumValue = (v: string | undefined) =>
  (v ?? "")
    .trim()
    .toUpperCase()
    .replace(/&/g, "")
    .replace(/[\s-]+/g, "_")
    .replace(/_+/g, "_");

export function parseActivityRows(text: string): {
  rows: { row: number; fields?: ActivityFields }[];
  errors: ActivityImportResult["errors"];
} {
  const parsed = parseCsv(text, { transformHeader: (h) => h.trim() });
  const missing = IMPORT_COLUMNS.filter((c) => c !== "endDate" && !parsed.fields.includes(c));
  if (missing.length) throw invalid("file", `import_missing_columns:${missing.join(", ")}`);
  if (!parsed.rows.length) throw invalid("file", "import_empty");
  if (parsed.rows.length > MAX_IMPORT_ROWS) throw invalid("file", `import_too_many_rows:${MAX_IMPORT_ROWS}`);
  const errors: ActivityImportResult["errors"] = [];
  const rows = parsed.rows.map(({ row, record }) => {
    const result = activityFields.safeParse(
      {
        organisation: record.organisation ?? "",
        organisationType: enumValue(record.organisationType),
        partner: record.partner ?? "",
        partnerType: enumValue(record.partnerType),
        partnerCountry: record.partnerCountry ?? "",
        field: enumValue(record.field),
        modes: (record.modes ?? "").split(/[;|]/).map(enumValue).filter(Boolean),
        startDate: (record.startDate ?? "").trim(),
        endDate: (record.endDate ?? "").trim(),
      },
      { reportInput: true },
    );
    if (!result.success) {
      errors.push(...issuesToRowErrors(row, result.error.issues));
      return { row };
    }
    return { row, fields: result.data };
  });
  return { rows, errors };
}

export async function importActivities(
  actor: Actor,
  input: z.infer<typeof activityImportSchema>,
): Promise<ActivityImportResult> {
  const membership = await db().workspaceMembership.findUnique({
    where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: actor.id } },
  });
  if (!membership) throw notFound("This workspace");
  requirePermission(canWorkspace(membership.role, "cooperation.manage"), "forbidden");
  if (input.file.size > 5 * 1024 * 1024) throw invalid("file", "import_too_large");
  const { rows, errors } = parseActivityRows(await input.file.text());
  const valid = rows.filter((r): r is { row: number; fields: ActivityFields } => !!r.fields);
  const preview: ActivityImportResult = {
    rows: valid.map((r) => ({
      row: r.row,
      title: `${r.fields.organisation} — ${r.fields.partner}`,
      detail: `${r.fields.partnerCountry} · ${r.fields.startDate}`,
    })),
    errors,
  };
  if (input.intent === "preview") return preview;
  if (errors.length) throw new AppError("VALIDATION", "import_has_errors", {}, preview);
  await db().$transaction(async (tx) => {
    await tx.cooperationActivity.createMany({
      data: valid.map((r) => ({ workspaceId: input.workspaceId, createdById: actor.id, ...activityData(r.fields) })),
    });
    await recordAudit(tx, {
      action: "cooperation.import",
      actor,
      targetType: "workspace",
      targetId: input.workspaceId,
      workspaceId: input.workspaceId,
      institutionId: actor.institutionId,
      metadata: { imported: valid.length },
    });
  });
  return { ...preview, imported: valid.length };
}
