// CSV injection: titles people typed export as text a spreadsheet will not run, and our own
// exports import back with the original titles (briefs and follow-ups).
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { briefsToCsv, exportBriefs } from "@/lib/briefs/export";
import { importBriefs } from "@/lib/briefs/import";
import { parseSearchParams } from "@/lib/briefs/schemas";
import { createBrief, publishBrief, submitBrief } from "@/lib/briefs/service";
import { committeeSchema } from "@/lib/committees/schemas";
import { createCommittee } from "@/lib/committees/service";
import { followUpFiltersSchema } from "@/lib/followups/schemas";
import { createFollowUp } from "@/lib/followups/service";
import { followUpsCsv, importFollowUps } from "@/lib/followups/transfer";
import type { Actor } from "@/lib/server/actor";
import { parseCsv } from "@/lib/server/csv";
import { db } from "@/lib/server/db";
import { isoDateFromToday } from "@/lib/time/clock";
import { makeTenant, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

const BRIEF_TITLE = '=HYPERLINK("http://evil.example/x","open")';
const FOLLOW_UP_TITLE = "+cmd|' /C calc'!A0";

let manager: Actor;
let workspaceId: string;
let committeeId: string;
let institutionId: string;

beforeAll(async () => {
  const home = await makeTenant("Home");
  const partner = await makeTenant("Partner");
  manager = home.admin;
  institutionId = home.institution.id;
  workspaceId = (await makeWorkspace(manager, [[partner.member, "CONTRIBUTOR"]])).id;
  const input = committeeSchema.parse({
    workspaceId,
    name: "Joint Committee",
    kind: "JOINT_COMMITTEE",
    agreementTitle: "Agreement",
    agreementDate: "2001-01-01",
    countries: ["KR", "US"],
    side1Name: "Home",
    side1Institutions: [home.institution.id],
    side1CoChairs: [manager.id],
    side2Name: "Partner",
    side2Institutions: [partner.institution.id],
    side2CoChairs: [],
  });
  committeeId = (await createCommittee(manager, input)).id;
});

/** A column's cells as a spreadsheet reads them (RFC 4180 quoting undone, nothing else). */
function rawCells(csv: string, column: string): string[] {
  return Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  }).data.map((r) => r[column]);
}

describe("brief CSV", () => {
  it("writes a formula-like title as text and imports it back unchanged", async () => {
    const brief = await createBrief(manager, {
      workspaceId,
      title: BRIEF_TITLE,
      summary: "-1 summary",
      body: "@body",
      category: "STRATEGY_PLANNING",
      distribution: "WORKSPACE",
      countries: ["US"],
      areas: [],
      recipients: [],
      sources: [],
    });
    const submitted = await submitBrief(manager, { briefId: brief.id, version: brief.version });
    await publishBrief(manager, { briefId: brief.id, version: submitted.version });

    const csv = briefsToCsv(await exportBriefs(manager, parseSearchParams({})));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    // The title cell starts with an apostrophe inside its quotes: no spreadsheet runs it.
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/x"",""open"")"`);
    expect(rawCells(csv, "title")).toEqual([`'${BRIEF_TITLE}`]);
    expect(rawCells(csv, "summary")).toEqual(["'-1 summary"]);
    expect(rawCells(csv, "body")).toEqual(["'@body"]);

    const file = new File([csv], "briefs.csv", { type: "text/csv" });
    const preview = await importBriefs(manager, { workspaceId, file, intent: "preview" });
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.title)).toEqual([BRIEF_TITLE]);
    expect((await importBriefs(manager, { workspaceId, file, intent: "import" })).imported).toBe(1);
    const copies = await db().brief.findMany({
      where: { workspaceId, title: BRIEF_TITLE },
      select: { summary: true, body: true },
    });
    expect(copies).toHaveLength(2);
    expect(copies.every((c) => c.summary === "-1 summary" && c.body === "@body")).toBe(true);
  });
});

describe("follow-up CSV", () => {
  it("writes a formula-like title as text, keeps numbers as numbers, and imports it back unchanged", async () => {
    await createFollowUp(manager, {
      committeeId,
      agendaItemId: "",
      decisionId: "",
      feedbackId: "",
      title: FOLLOW_UP_TITLE,
      description: "",
      dueDate: isoDateFromToday(30),
      priority: "LOW",
      leads: [institutionId],
      assignees: [manager.id],
    });

    const csv = await followUpsCsv(manager, followUpFiltersSchema.parse({}));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(rawCells(csv, "title")).toEqual([`'${FOLLOW_UP_TITLE}`]);
    expect(rawCells(csv, "progress")).toEqual(["0"]);
    expect(parseCsv(csv).rows.map((r) => r.record.title)).toEqual([FOLLOW_UP_TITLE]);

    const file = new File([csv], "follow-ups.csv", { type: "text/csv" });
    const preview = await importFollowUps(manager, { committeeId, file, intent: "preview" });
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.title)).toEqual([FOLLOW_UP_TITLE]);
    expect((await importFollowUps(manager, { committeeId, file, intent: "import" })).imported).toBe(1);
    const copies = await db().followUp.findMany({
      where: { committeeId, title: FOLLOW_UP_TITLE },
      include: { assignees: true },
    });
    expect(copies).toHaveLength(2);
    // Assignees travel as emails, so the copy has the same people.
    expect(copies.map((f) => f.assignees.map((a) => a.userId))).toEqual([[manager.id], [manager.id]]);
  });
});
