// Session records: a session ends for good at sign-out, from "Your sessions", on deactivation
// and on a password reset; idle and absolute limits hold; old rows are cleaned up.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { endMyOtherSessions, endMySession, listMySessions } from "@/lib/account/service";
import { deactivateMember } from "@/lib/members/service";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { loadActiveActor } from "@/lib/server/load-actor";
import { endAllSessionsOf, endSessionById, runSessionCleanup, startSession } from "@/lib/server/session-records";
import { clock, DAY_MS, setClockForTests } from "@/lib/time/clock";
import { expectAppError, makeTenant } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let admin: Actor;
let member: Actor;
let other: Actor;
const browser =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36";

beforeAll(async () => {
  const home = await makeTenant("Home");
  admin = home.admin;
  member = home.member;
  other = (await makeTenant("Other")).member;
});
afterEach(() => setClockForTests(null));

const signIn = (actor: Actor, ip = "192.0.2.10") =>
  startSession({ userId: actor.id, provider: "credentials", userAgent: browser, ip });
const load = (actor: Actor, sid: string) => loadActiveActor(actor.id, 0, "192.0.2.10", db(), sid);

describe("a session record per sign-in", () => {
  it("opens doors while live and never again after sign-out", async () => {
    const sid = await signIn(member);
    expect((await load(member, sid))?.sessionId).toBe(sid);
    await endSessionById(sid, "signed_out");
    expect(await load(member, sid)).toBeNull();
    const row = await db().userSession.findUniqueOrThrow({ where: { id: sid } });
    expect(row.endedReason).toBe("signed_out");
  });

  it("belongs to its user: another person's session id opens nothing", async () => {
    const sid = await signIn(other);
    expect(await load(member, sid)).toBeNull();
    expect(await load(member, "0190b2a0-0000-7000-8000-000000000000")).toBeNull();
  });

  it("lists my live sessions, the current first, and ends one or all others", async () => {
    const laptop = await signIn(admin, "192.0.2.1");
    const phone = await signIn(admin, "192.0.2.2");
    const tablet = await signIn(admin, "192.0.2.3");
    const me = (await load(admin, laptop))!;
    const listed = await listMySessions(me);
    expect(listed.map((s) => s.id).slice(0, 1)).toEqual([laptop]);
    expect(listed.map((s) => s.id).sort()).toEqual([laptop, phone, tablet].sort());
    expect(listed.find((s) => s.current)?.id).toBe(laptop);

    await endMySession(me, { sessionId: phone });
    expect(await load(admin, phone)).toBeNull();
    // Nobody ends somebody else's session: not found.
    const theirs = await signIn(other);
    await expectAppError(endMySession(me, { sessionId: theirs }), "NOT_FOUND");
    expect(await load(other, theirs)).not.toBeNull();

    expect((await endMyOtherSessions(me)).ended).toBe(1);
    expect(await load(admin, tablet)).toBeNull();
    expect(await load(admin, laptop)).not.toBeNull();
    expect((await listMySessions(me)).map((s) => s.id)).toEqual([laptop]);
    expect(await db().auditEvent.count({ where: { action: "auth.session_end", actorId: admin.id } })).toBe(2);
  });

  it("ends every session on deactivation and on a password reset", async () => {
    const tenant = await makeTenant("Third");
    const a = await startSession({ userId: tenant.member.id, provider: "credentials", userAgent: "", ip: null });
    const b = await startSession({ userId: tenant.member.id, provider: "oidc", userAgent: "", ip: null });
    await deactivateMember(tenant.admin, tenant.member.id);
    const rows = await db().userSession.findMany({ where: { id: { in: [a, b] } } });
    expect(rows.map((r) => r.endedReason)).toEqual(["deactivated", "deactivated"]);

    const c = await signIn(tenant.admin);
    await db().$transaction((tx) => endAllSessionsOf(tx, tenant.admin.id, "password_reset"));
    expect(await load(tenant.admin, c)).toBeNull();
  });

  it("holds the idle limit (last seen) and the absolute limit, and records activity sparingly", async () => {
    const start = clock.now();
    const sid = await signIn(member);
    // Ten minutes later the request moves lastSeenAt; a minute after that it does not write.
    setClockForTests(new Date(start.getTime() + 10 * 60_000));
    expect(await load(member, sid)).not.toBeNull();
    const seen = (await db().userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt;
    expect(seen.getTime()).toBe(start.getTime() + 10 * 60_000);
    setClockForTests(new Date(start.getTime() + 11 * 60_000));
    await load(member, sid);
    expect((await db().userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(seen);
    // Idle for longer than SESSION_IDLE_HOURS (12 h by default): ended.
    setClockForTests(new Date(seen.getTime() + 13 * 3_600_000));
    expect(await load(member, sid)).toBeNull();
    // Past the absolute limit (SESSION_MAX_DAYS, 7 by default), however active.
    const fresh = await signIn(member);
    setClockForTests(new Date(clock.ms() + 8 * DAY_MS));
    await db().userSession.update({ where: { id: fresh }, data: { lastSeenAt: clock.now() } });
    expect(await load(member, fresh)).toBeNull();
  });

  it("the cleanup job deletes rows ended or expired more than 30 days ago, and only those", async () => {
    const old = await signIn(member);
    await endSessionById(old, "signed_out");
    const live = await signIn(member);
    setClockForTests(new Date(clock.ms() + 31 * DAY_MS));
    expect(await runSessionCleanup()).toBeGreaterThanOrEqual(2);
    setClockForTests(null);
    expect(await db().userSession.findUnique({ where: { id: old } })).toBeNull();
    // The live one is past its limits 31 days on, so it is gone too; one signed in now stays.
    expect(await db().userSession.findUnique({ where: { id: live } })).toBeNull();
    const now = await signIn(member);
    expect(await runSessionCleanup()).toBe(0);
    expect(await db().userSession.findUnique({ where: { id: now } })).not.toBeNull();
  });
});
