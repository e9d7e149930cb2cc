// Route handlers go through one wrapper (lib/server/route.ts): no session → 401; malformed
// params → 400 naming the field; a JSON body that does not parse → 400 before next-auth reads
// it; out of scope → 404, audited; bad filter values are no filter, never a 500.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as downloadAttachment } from "@/app/api/attachments/[attachmentId]/route";
import { POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { GET as calendarFeed } from "@/app/api/calendar/[token]/route";
import { GET as followUpBoard } from "@/app/api/follow-ups/board/route";
import { GET as followUpExport } from "@/app/api/follow-ups/export/route";
import { GET as health } from "@/app/api/health/route";
import { GET as monitoringCsv } from "@/app/api/monitoring/csv/route";
import { GET as sessionIcs } from "@/app/api/sessions/[sessionId]/ics/route";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { makeTenant } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/server/session", () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
}));

useTestDatabase();

let tenant: Awaited<ReturnType<typeof makeTenant>>;
beforeAll(async () => {
  tenant = await makeTenant("Routes");
});
afterEach(() => {
  session.user = null;
});

const url = (path: string) => `http://accord.test${path}`;
const get = (path: string) => new Request(url(path));
const withParams = (params: Record<string, string | string[]>) => ({ params: Promise.resolve(params) });

describe("route handlers", () => {
  it("answer 401 without a session", async () => {
    const response = await followUpBoard(get("/api/follow-ups/board"));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "unauthenticated" });
  });

  it("answer 400 naming the field when a path id is malformed", async () => {
    session.user = tenant.member;
    for (const [handler, key, path] of [
      [downloadAttachment, "attachmentId", "/api/attachments/x"],
      [sessionIcs, "sessionId", "/api/sessions/x/ics"],
    ] as const) {
      const response = await handler(get(path), withParams({ [key]: "not-an-id" }));
      expect(response.status, path).toBe(400);
      expect(await response.json()).toMatchObject({
        error: "bad_request",
        reason: "bad_params",
        fields: { [key]: [expect.any(String)] },
      });
    }
  });

  it("answer 404 for what is out of scope, and record the refusal", async () => {
    session.user = tenant.member;
    const sessionId = randomUUID();
    const response = await sessionIcs(get(`/api/sessions/${sessionId}/ics`), withParams({ sessionId }));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "not_found" });
    const event = await db().auditEvent.findFirst({ where: { actorId: tenant.member.id, targetId: sessionId } });
    expect(event).toMatchObject({ action: "access.not_found", targetType: "session" });
    expect(event?.metadata).toMatchObject({ via: "api", path: `/api/sessions/${sessionId}/ics` });
  });

  it("treat bad filter values as no filter, never as a 500", async () => {
    session.user = tenant.member;
    const monitoring = await monitoringCsv(
      get("/api/monitoring/csv?from=0000-01-01&to=2023-02-30&chart=nope&chart=timeline&from=x"),
    );
    expect(monitoring.status).toBe(200);
    expect(monitoring.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect((await monitoring.text()).split("\n")[0]).toBe("country,countryName,area,areaName,briefs");
    const board = await followUpBoard(get("/api/follow-ups/board?status=NOPE&dueFrom=9999-99-99&cursor=%00&area=../x"));
    expect(board.status).toBe(200);
    expect(await board.json()).toEqual([]);
    const exported = await followUpExport(get("/api/follow-ups/export?cursor=0000-01-01|x&committee=1"));
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toMatch(/^attachment; filename="accord-follow-ups-/);
  });

  it("serve health and the calendar feed without a session; a malformed feed token is not found", async () => {
    expect((await health(get("/api/health"))).status).toBe(200);
    const feed = await calendarFeed(get("/api/calendar/short.ics"), withParams({ token: "short.ics" }));
    expect(feed.status).toBe(404);
  });

  it("answer 400 to a next-auth POST whose JSON body does not parse or is no object", async () => {
    for (const body of ["{", '{"csrfToken": ', "", "null", "[1,2]", '"text"', `${"[".repeat(100)}${"]".repeat(100)}`]) {
      const response = await authPost(
        new Request(url("/api/auth/callback/credentials"), {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body,
        }),
        withParams({ nextauth: ["callback", "credentials"] }),
      );
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await response.json()).toMatchObject({ error: "bad_request" });
    }
  });
});
