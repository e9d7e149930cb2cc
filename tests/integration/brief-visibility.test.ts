// The visibility rule as a table: every distribution level (and draft / in review) × every
// kind of reader × every read path. Expected readers are written out by hand per row.
import { beforeAll, describe, expect, it } from "vitest";
import { exportBriefs } from "@/lib/briefs/export";
import { parseSearchParams } from "@/lib/briefs/schemas";
import { countBriefs, searchBriefs } from "@/lib/briefs/search";
import { createBrief, getBrief, publishBrief, submitBrief } from "@/lib/briefs/service";
import { createBulletin, getBulletin } from "@/lib/bulletins/service";
import { listNotifications, unreadCount } from "@/lib/notifications/service";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { loadActiveActor } from "@/lib/server/load-actor";
import { isoDateFromToday } from "@/lib/time/clock";
import { setWatch } from "@/lib/watches/service";
import { actorOf, makeTenant, makeUser, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

const READERS = [
  "author",
  "recipient",
  "sameInstitution",
  "partnerInWorkspace",
  "outsider",
  "viewer",
  "deactivated",
] as const;
type Reader = (typeof READERS)[number];
const CASES = ["RESTRICTED", "INSTITUTION", "WORKSPACE", "COMMUNITY", "PUBLIC", "DRAFT", "IN_REVIEW"] as const;
type Case = (typeof CASES)[number];

// Who reads what. The manager (not a column: they review) sees IN_REVIEW too, checked below.
// "recipient" is a partner-institution workspace member named on the RESTRICTED brief.
// "sameInstitution" is a colleague of the author who is not in the workspace.
const EXPECTED: Record<Case, Reader[]> = {
  RESTRICTED: ["author", "recipient"],
  INSTITUTION: ["author", "sameInstitution"],
  WORKSPACE: ["author", "recipient", "partnerInWorkspace", "viewer"],
  COMMUNITY: ["author", "recipient", "sameInstitution", "partnerInWorkspace", "outsider", "viewer"],
  PUBLIC: ["author", "recipient", "sameInstitution", "partnerInWorkspace", "outsider", "viewer"],
  DRAFT: ["author"],
  IN_REVIEW: ["author"],
};

const actors = {} as Record<Reader, Actor>;
let manager: Actor;
const briefIds = {} as Record<Case, string>;
const marker = `zebrafinch${Date.now()}`;
let bulletinId: string;
let workspaceId: string;

beforeAll(async () => {
  const home = await makeTenant("Home");
  const partner = await makeTenant("Partner");
  const outside = await makeTenant("Outside");
  manager = home.admin;
  const author = home.member;
  const colleague = actorOf(await makeUser({ institutionId: home.institution.id }));
  const recipient = partner.member;
  const partnerMember = partner.admin;
  const viewer = actorOf(await makeUser({ institutionId: outside.institution.id }));
  const deactivated = actorOf(await makeUser({ institutionId: home.institution.id }));
  const workspace = await makeWorkspace(manager, [
    [author, "CONTRIBUTOR"],
    [recipient, "CONTRIBUTOR"],
    [partnerMember, "CONTRIBUTOR"],
    [viewer, "VIEWER"],
    [deactivated, "CONTRIBUTOR"],
  ]);
  workspaceId = workspace.id;
  Object.assign(actors, {
    author,
    recipient,
    sameInstitution: colleague,
    partnerInWorkspace: partnerMember,
    outsider: outside.admin,
    viewer,
    deactivated,
  });

  // Everyone watches Korea, so publishing notifies every reader the rule allows.
  for (const reader of READERS) await setWatch(actors[reader], { target: "COUNTRY", targetKey: "KR", watching: true });
  await setWatch(manager, { target: "COUNTRY", targetKey: "KR", watching: true });
  await db().user.update({ where: { id: deactivated.id }, data: { status: "DEACTIVATED" } });

  for (const level of CASES) {
    const distribution = ["DRAFT", "IN_REVIEW"].includes(level) ? "WORKSPACE" : level;
    const brief = await createBrief(author, {
      workspaceId: workspace.id,
      title: `${level} brief ${marker}`,
      summary: "Visibility table",
      body: "Body",
      category: "STRATEGY_PLANNING",
      distribution,
      countries: ["KR"],
      areas: [],
      recipients: level === "RESTRICTED" ? [recipient.id] : [],
      sources: [],
    });
    briefIds[level] = brief.id;
    if (level === "DRAFT") continue;
    const submitted = await submitBrief(author, { briefId: brief.id, version: brief.version });
    if (level === "IN_REVIEW") continue;
    await publishBrief(manager, { briefId: brief.id, version: submitted.version });
  }
  const published = (["RESTRICTED", "INSTITUTION", "WORKSPACE", "COMMUNITY", "PUBLIC"] as const).map(
    (l) => briefIds[l],
  );
  bulletinId = (
    await createBulletin(manager, {
      workspaceId: workspace.id,
      title: "Visibility bulletin",
      year: Number(isoDateFromToday(-9).slice(0, 4)),
      numberInYear: 1,
      overallNumber: 1,
      issueDate: isoDateFromToday(-9),
      editors: [manager.id],
      briefs: published.filter((id) => id !== briefIds.RESTRICTED),
    })
  ).id;
}, 120_000);

async function readsById(actor: Actor, id: string) {
  return getBrief(actor, id).then(
    () => true,
    (error) => {
      expect(error.code).toBe("NOT_FOUND");
      return false;
    },
  );
}

describe.each(READERS)("reader: %s", (reader) => {
  const expected = (c: Case) => EXPECTED[c].includes(reader);

  it("the session door opens only for active users", async () => {
    const loaded = await loadActiveActor(actors[reader].id);
    expect(loaded === null).toBe(reader === "deactivated");
  });

  it.each(CASES)("get by id: %s", async (level) => {
    // A deactivated user has no actor (see above); were one forged, the rule would still apply.
    if (reader === "deactivated") return;
    expect(await readsById(actors[reader], briefIds[level])).toBe(expected(level));
  });

  it("list, search, count and export show exactly the readable briefs", async () => {
    if (reader === "deactivated") return;
    const actor = actors[reader];
    const want = CASES.filter(expected)
      .map((c) => briefIds[c])
      .sort();
    const listed = await searchBriefs(actor, parseSearchParams({ workspace: workspaceId }), 100);
    expect(
      listed.items
        .map((b) => b.id)
        .filter((id) => Object.values(briefIds).includes(id))
        .sort(),
    ).toEqual(want);
    const searched = await searchBriefs(actor, parseSearchParams({ q: marker }), 100);
    expect(searched.items.map((b) => b.id).sort()).toEqual(want);
    expect(await countBriefs(actor, parseSearchParams({ q: marker }))).toEqual({ total: want.length, exact: true });
    const exported = await exportBriefs(actor, parseSearchParams({ q: marker }));
    expect(exported.map((b) => b.id).sort()).toEqual(want);
  });

  it("notifications reach exactly the readers of each published brief", async () => {
    const notified = await db().notification.findMany({
      where: { userId: actors[reader].id, kind: "BRIEF_PUBLISHED" },
      select: { briefId: true },
    });
    const want = (["RESTRICTED", "INSTITUTION", "WORKSPACE", "COMMUNITY", "PUBLIC"] as const).filter(
      (c) => expected(c) && reader !== "deactivated",
    );
    expect(notified.map((n) => n.briefId).sort()).toEqual(want.map((c) => briefIds[c]).sort());
    if (reader !== "deactivated") {
      const inbox = await listNotifications(actors[reader]);
      expect(inbox.items.filter((n) => n.kind === "BRIEF_PUBLISHED")).toHaveLength(want.length);
      expect(await unreadCount(actors[reader])).toBeGreaterThanOrEqual(want.length);
    }
  });

  it("a bulletin shows workspace members only the items they may read", async () => {
    if (reader === "deactivated") return;
    const inWorkspace = ["author", "recipient", "partnerInWorkspace", "viewer"].includes(reader);
    const result = await getBulletin(actors[reader], bulletinId).then(
      (b) => b.sections.flatMap((s) => s.items.map((i) => i.brief.id)).sort(),
      () => null,
    );
    if (!inWorkspace) return expect(result).toBeNull();
    const want = (["INSTITUTION", "WORKSPACE", "COMMUNITY", "PUBLIC"] as const)
      .filter(expected)
      .map((c) => briefIds[c])
      .sort();
    expect(result).toEqual(want);
  });
});

it("the reviewing manager reads the brief in review but not the draft", async () => {
  expect(await readsById(manager, briefIds.IN_REVIEW)).toBe(true);
  expect(await readsById(manager, briefIds.DRAFT)).toBe(false);
});
