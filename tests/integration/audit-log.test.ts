// The audit log cannot be rewritten (the database refuses UPDATE, DELETE and TRUNCATE; only the
// retention command deletes, and audits itself), and refused attempts are in it: once per
// refusal, at most REFUSAL_LIMIT per actor per window, visible to the usual audit readers.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as downloadAttachment } from "@/app/api/attachments/[attachmentId]/route";
import { deleteOldAuditEvents, RetentionError } from "@/lib/audit/retention";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { listAuditEvents } from "@/lib/audit/service";
import { deleteActivityAction } from "@/lib/cooperation/actions";
import { createActivity, getActivity } from "@/lib/cooperation/service";
import { idleState } from "@/lib/server/action";
import type { Actor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { orNotFound } from "@/lib/server/page";
import { REFUSAL_LIMIT, REFUSAL_WINDOW_MINUTES, recordRefusal } from "@/lib/server/refusals";
import { clock, DAY_MS, setClockForTests } from "@/lib/time/clock";
import { actorOf, expectAppError, makeTenant, makeUser, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

// The doors read the signed-in user from the request; here the test says who it is.
const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/server/session", () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
}));

useTestDatabase();

let home: Awaited<ReturnType<typeof makeTenant>>;
let other: Awaited<ReturnType<typeof makeTenant>>;
let operator: Actor;
let activityId: string;

beforeAll(async () => {
  home = await makeTenant("Home");
  other = await makeTenant("Other");
  operator = actorOf(await makeUser({ operator: true }));
  const workspace = await makeWorkspace(home.admin, [[home.member, "VIEWER"]]);
  const activity = await createActivity(home.admin, {
    workspaceId: workspace.id,
    organisation: "Harbour University",
    organisationType: "UNIVERSITY",
    partner: "Delft University",
    partnerType: "UNIVERSITY",
    partnerCountry: "NL",
    field: "NEW_MATERIALS",
    modes: ["JOINT_RD"],
    startDate: "2020-01-01",
  });
  activityId = activity.id;
});

afterEach(() => {
  session.user = null;
  setClockForTests(null);
});

const refusals = (actor: Actor) =>
  db().auditEvent.findMany({
    where: { actorId: actor.id, action: { in: ["access.denied", "access.not_found"] } },
    orderBy: { id: "asc" },
  });

describe("append-only audit log", () => {
  it("refuses UPDATE, DELETE and TRUNCATE from any SQL, and keeps the row as it was", async () => {
    const targetId = randomUUID();
    await recordAudit(db(), {
      action: "member.invite",
      actor: home.admin,
      targetType: "test",
      targetId,
      institutionId: home.institution.id,
    });
    const id = (await db().auditEvent.findFirstOrThrow({ where: { targetId } })).id;
    await expect(
      db().$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'member.join' WHERE "id" = $1`, id),
    ).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = $1`, id)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(
      db().auditEvent.updateMany({ where: { id }, data: { actorEmail: "someone@else.example" } }),
    ).rejects.toThrow();
    await expect(db().auditEvent.deleteMany({ where: { id } })).rejects.toThrow();
    // Setting the switch outside a transaction lasts for nothing (set_config … true).
    await db().$executeRawUnsafe(`SELECT set_config('accord.audit_retention', 'on', true)`);
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = $1`, id)).rejects.toThrow(/append-only/);
    const row = await db().auditEvent.findUniqueOrThrow({ where: { id } });
    expect([row.action, row.actorEmail]).toEqual(["member.invite", home.admin.email]);
  });

  it("the retention path deletes only events older than the cut-off and audits itself", async () => {
    const now = clock.ms();
    const old = randomUUID();
    const recent = randomUUID();
    await recordAudit(db(), {
      action: "member.invite",
      targetType: "test",
      targetId: old,
      at: new Date(now - 400 * DAY_MS),
    });
    await recordAudit(db(), {
      action: "member.invite",
      targetType: "test",
      targetId: recent,
      at: new Date(now - 100 * DAY_MS),
    });
    const total = await db().auditEvent.count();

    await expect(deleteOldAuditEvents(90)).rejects.toThrow(RetentionError);
    await expect(deleteOldAuditEvents(0, { force: true })).rejects.toThrow(RetentionError);
    expect(await deleteOldAuditEvents(365)).toMatchObject({ deleted: 1 });
    expect(await db().auditEvent.count({ where: { targetId: old } })).toBe(0);
    expect(await db().auditEvent.count({ where: { targetId: recent } })).toBe(1);
    const [retention] = await db().auditEvent.findMany({ where: { action: "audit.retention" } });
    expect(retention.metadata).toMatchObject({ olderThanDays: 365, deleted: 1, force: false });
    expect(await db().auditEvent.count()).toBe(total); // one deleted, one retention event added

    expect(await deleteOldAuditEvents(30, { force: true })).toMatchObject({ deleted: 1 });
    expect(await db().auditEvent.count({ where: { targetId: recent } })).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "audit.retention" } })).toBe(2);
    // The switch ended with the retention transaction.
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "action" = 'audit.retention'`)).rejects.toThrow(
      /append-only/,
    );
  });
});

describe("refusals in the audit log", () => {
  it("a write refused for lack of rights (server action) records one access.denied", async () => {
    session.user = home.member; // a viewer of the workspace
    const form = new FormData();
    form.set("activityId", activityId);
    form.set("version", "1");
    const result = await deleteActivityAction(idleState as never, form);
    expect(result).toMatchObject({ status: "error", error: "forbidden" });
    const events = await refusals(home.member);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "access.denied",
      targetType: "activity",
      targetId: activityId,
      institutionId: home.institution.id,
      actorEmail: home.member.email,
    });
    expect(events[0].metadata).toMatchObject({ via: "action", reason: "forbidden" });
    expect(await db().cooperationActivity.count({ where: { id: activityId } })).toBe(1);
  });

  it("a read of another institution's record (page and route handler) records one access.not_found each", async () => {
    session.user = other.member;
    await expect(orNotFound(getActivity(other.member, activityId))).rejects.toThrow(
      /NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/,
    );
    let events = await refusals(other.member);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "access.not_found", institutionId: other.institution.id });
    expect(events[0].metadata).toMatchObject({ via: "page", reason: "not_found" });

    const attachmentId = randomUUID();
    const response = await downloadAttachment(new Request(`http://accord.test/api/attachments/${attachmentId}`), {
      params: Promise.resolve({ attachmentId }),
    });
    expect(response.status).toBe(404);
    events = await refusals(other.member);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ action: "access.not_found", targetType: "attachment", targetId: attachmentId });
    expect(events[1].metadata).toMatchObject({ via: "api", path: `/api/attachments/${attachmentId}` });
  });

  it("caps a flood at REFUSAL_LIMIT per actor per window, then records again", async () => {
    const prober = actorOf(await makeUser({ institutionId: other.institution.id }));
    const written = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        recordRefusal(prober, { kind: "not_found", via: "page", path: `/briefs/${i}` }),
      ),
    );
    expect(written.filter(Boolean)).toHaveLength(REFUSAL_LIMIT);
    const events = await refusals(prober);
    expect(events).toHaveLength(REFUSAL_LIMIT);
    expect(events.filter((e) => (e.metadata as { limitReached?: boolean }).limitReached)).toHaveLength(1);
    // Someone else is not affected by the prober's flood.
    expect(await recordRefusal(other.admin, { kind: "denied", via: "action" })).toBe(true);

    setClockForTests(new Date(clock.ms() + (REFUSAL_WINDOW_MINUTES + 1) * 60_000));
    expect(await recordRefusal(prober, { kind: "not_found", via: "page", path: "/briefs/later" })).toBe(true);
    expect(await refusals(prober)).toHaveLength(REFUSAL_LIMIT + 1);
  });

  it("admins filter their institution's refusals; operators see all; members none", async () => {
    const filters = auditFiltersSchema.parse({ action: "refusals" });
    expect(filters.action).toBe("refusals");
    const emails = async (actor: Actor) =>
      new Set((await listAuditEvents(actor, filters)).items.map((e) => e.actorEmail));
    const homeView = await listAuditEvents(home.admin, filters);
    expect(homeView.items.every((e) => e.action === "access.denied" || e.action === "access.not_found")).toBe(true);
    expect(await emails(home.admin)).toEqual(new Set([home.member.email]));
    expect((await emails(other.admin)).has(other.member.email)).toBe(true);
    expect((await emails(other.admin)).has(home.member.email)).toBe(false);
    const all = await emails(operator);
    expect(all.has(home.member.email) && all.has(other.member.email)).toBe(true);
    expect(
      (await listAuditEvents(home.admin, auditFiltersSchema.parse({ action: "access.denied" }))).items.map(
        (e) => e.actorEmail,
      ),
    ).toEqual([home.member.email]);
    await expectAppError(listAuditEvents(home.member, filters), "FORBIDDEN");
  });
});
