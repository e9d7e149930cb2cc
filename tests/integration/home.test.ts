// The home sections show exactly what the person may see and is concerned with.
import { beforeAll, expect, it } from "vitest";
import { createBrief, submitBrief } from "@/lib/briefs/service";
import { adminHome, managerHome, staffHome } from "@/lib/home/service";
import type { Actor } from "@/lib/server/actor";
import { makeTenant, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let manager: Actor;
let staff: Actor;
let outsider: Actor;

beforeAll(async () => {
  const home = await makeTenant("Home");
  const other = await makeTenant("Other");
  manager = home.admin;
  staff = home.member;
  outsider = other.admin;
  const ws = await makeWorkspace(manager, [[staff, "CONTRIBUTOR"]]);
  const brief = await createBrief(staff, {
    workspaceId: ws.id,
    title: "In review brief",
    summary: "",
    body: "",
    category: "TALENT",
    distribution: "WORKSPACE",
    countries: ["KR"],
    areas: [],
    recipients: [],
    sources: [],
  });
  await submitBrief(staff, { briefId: brief.id, version: brief.version });
  await createBrief(staff, {
    workspaceId: ws.id,
    title: "Draft brief",
    summary: "",
    body: "",
    category: "TALENT",
    distribution: "WORKSPACE",
    countries: ["KR"],
    areas: [],
    recipients: [],
    sources: [],
  });
});

it("staff: own drafts and briefs in review, never someone else's", async () => {
  const mine = await staffHome(staff);
  expect(mine.myBriefs.map((b) => b.title).sort()).toEqual(["Draft brief", "In review brief"]);
  expect((await staffHome(manager)).myBriefs).toEqual([]);
});

it("managers: briefs waiting for review in the workspaces they manage only", async () => {
  expect((await managerHome(manager))?.reviews.map((b) => b.title)).toEqual(["In review brief"]);
  expect(await managerHome(staff)).toBeNull();
  expect(await managerHome(outsider)).toBeNull();
});

it("administrators: their own institution's figures", async () => {
  expect((await adminHome(manager))?.members).toBe(2);
  expect(await adminHome(staff)).toBeNull();
  expect((await adminHome(outsider))?.members).toBe(2);
});
