import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { ACCOUNT_FAILURE_LIMIT, IP_FAILURE_LIMIT } from "@/lib/auth/throttle";
import { db } from "@/lib/server/db";
import { makeTenant, TEST_PASSWORD } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

describe("sign-in throttling", () => {
  it(`locks an account after ${ACCOUNT_FAILURE_LIMIT} failures, even for the right password`, async () => {
    const { member } = await makeTenant();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
      expect(
        await signInWithPassword({ email: member.email, password: "wrong password!", ip: `192.0.2.${i}` }),
      ).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signInWithPassword({ email: member.email, password: TEST_PASSWORD, ip: "192.0.2.200" })).toEqual({
      ok: false,
      reason: "throttled",
    });
    // The lock ends after its 15 minutes.
    await db().signInThrottle.update({
      where: { key: `account:${member.email}` },
      data: { lockedUntil: new Date(Date.now() - 1) },
    });
    expect((await signInWithPassword({ email: member.email, password: TEST_PASSWORD, ip: "192.0.2.200" })).ok).toBe(
      true,
    );
  });

  it("treats an unknown email exactly like a wrong password, locks included", async () => {
    const email = "nobody@example.org";
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
      expect(await signInWithPassword({ email, password: "whatever", ip: null })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await signInWithPassword({ email, password: "whatever", ip: null })).toEqual({
      ok: false,
      reason: "throttled",
    });
  });

  it(`locks an IP after ${IP_FAILURE_LIMIT} failures across accounts`, async () => {
    const { member } = await makeTenant();
    const ip = "198.51.100.99";
    for (let i = 0; i < IP_FAILURE_LIMIT; i++) {
      await signInWithPassword({ email: `spray-${i}@example.org`, password: "Summer2026!", ip });
    }
    expect(await signInWithPassword({ email: member.email, password: TEST_PASSWORD, ip })).toEqual({
      ok: false,
      reason: "throttled",
    });
    expect((await signInWithPassword({ email: member.email, password: TEST_PASSWORD, ip: "198.51.100.1" })).ok).toBe(
      true,
    );
  });

  it("audits every attempt with the IP and the reason", async () => {
    const { institution, member } = await makeTenant();
    await signInWithPassword({ email: member.email, password: "nope nope", ip: "203.0.113.5" });
    await signInWithPassword({ email: member.email, password: TEST_PASSWORD, ip: "203.0.113.5" });
    const events = await db().auditEvent.findMany({ where: { actorEmail: member.email }, orderBy: { id: "asc" } });
    expect(
      events.map((e) => [e.action, e.ip, e.institutionId, (e.metadata as { reason?: string }).reason ?? null]),
    ).toEqual([
      ["auth.sign_in_failed", "203.0.113.5", institution.id, "wrong_password"],
      ["auth.sign_in", "203.0.113.5", institution.id, null],
    ]);
  });
});
