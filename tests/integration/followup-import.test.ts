// Follow-ups out (CSV of a list) and in (CSV into one committee): every row's errors by
// spreadsheet row, nothing written while any row is wrong, a valid file written whole.
import { beforeAll, describe, expect, it } from "vitest";
import { committeeSchema } from "@/lib/committees/schemas";
import { createCommittee } from "@/lib/committees/service";
import { followUpFiltersSchema } from "@/lib/followups/schemas";
import { followUpsCsv, importFollowUps } from "@/lib/followups/transfer";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { isoDateFromToday } from "@/lib/time/clock";
import { expectAppError, makeTenant, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let manager: Actor; // Korean side, workspace manager
let korean: Actor; // Korean side contributor
let outsider: Actor;
let committeeId: string;
let usInstitution: string;

beforeAll(async () => {
  const kr = await makeTenant("Korean institute");
  const us = await makeTenant("US institute");
  const other = await makeTenant("Other");
  manager = kr.admin;
  korean = kr.member;
  outsider = other.admin;
  usInstitution = us.institution.id;
  const ws = await makeWorkspace(manager, [
    [korean, "CONTRIBUTOR"],
    [us.member, "CONTRIBUTOR"],
  ]);
  const input = committeeSchema.parse({
    workspaceId: ws.id,
    name: "Joint Committee on S&T Cooperation",
    kind: "JOINT_COMMITTEE",
    countries: ["KR", "US"],
    side1Name: "Korea",
    side1Institutions: [kr.institution.id],
    side1CoChairs: [manager.id],
    side2Name: "United States",
    side2Institutions: [us.institution.id],
    side2CoChairs: [us.member.id],
  });
  committeeId = (await createCommittee(manager, input)).id;
});

describe("follow-up import and export", () => {
  const csvFile = (text: string) => new File([text], "follow-ups.csv", { type: "text/csv" });

  it("lists every row's errors and imports nothing, then imports a valid file whole", async () => {
    const koreanEmail = (await db().user.findUniqueOrThrow({ where: { id: korean.id } })).email;
    const usShort = (await db().institution.findUniqueOrThrow({ where: { id: usInstitution } })).shortName;
    const before = await db().followUp.count();
    const bad = `title,dueDate,leads,assignees,priority\nGood one,${isoDateFromToday(90)},${usShort},${koreanEmail},HIGH\nx,2027-13-01,Nobody,ghost@example.org,URGENT\n`;
    const preview = await importFollowUps(manager, { committeeId, file: csvFile(bad), intent: "preview" });
    // Rows as a spreadsheet numbers them: the header is row 1.
    expect(preview.rows.map((r) => `${r.row}:${r.title}`)).toEqual(["2:Good one"]);
    expect(preview.errors.map((e) => `${e.row}:${e.field}`)).toEqual(
      expect.arrayContaining(["3:title", "3:dueDate", "3:priority", "3:leads", "3:assignees"]),
    );
    expect(preview.errors.find((e) => e.field === "priority")).toMatchObject({
      value: "URGENT",
      allowed: ["LOW", "MEDIUM", "HIGH"],
    });
    await expectAppError(
      importFollowUps(manager, { committeeId, file: csvFile(bad), intent: "import" }),
      "VALIDATION",
      "import_has_errors",
    );
    expect(await db().followUp.count()).toBe(before);
    await expectAppError(importFollowUps(korean, { committeeId, file: csvFile(bad), intent: "preview" }), "FORBIDDEN");

    const good = `title,dueDate,leads,assignees,status,progress\nImported A,${isoDateFromToday(90)},${usShort},${koreanEmail},IN_PROGRESS,30\nImported B,${isoDateFromToday(120)},${usShort},,OPEN,0\n`;
    expect((await importFollowUps(manager, { committeeId, file: csvFile(good), intent: "import" })).imported).toBe(2);
    const csv = await followUpsCsv(korean, followUpFiltersSchema.parse({ assignee: "me" }));
    expect(csv).toContain("Imported A");
    expect(csv).not.toContain("Imported B");
    expect(await followUpsCsv(outsider, followUpFiltersSchema.parse({}))).not.toContain("Imported");
  });
});
