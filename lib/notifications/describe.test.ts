import { describe, expect, it } from "vitest";
import { safeRedirectTarget } from "@/lib/server/safe-redirect";
import { signInUrl } from "@/lib/server/sign-in-target";
import { type NotificationView, notificationHref } from "./describe";

const none: NotificationView = {
  kind: "MINUTES_CIRCULATED",
  actor: null,
  brief: null,
  followUp: null,
  committee: { id: "c1", name: "Committee" },
  session: null,
  agendaItem: null,
  minutes: { id: "m1", version: 1, sessionId: "s1" },
  event: null,
};

describe("notification links", () => {
  it("points approval requests at the minutes with a query that survives sign-in", () => {
    const href = notificationHref(none);
    expect(href).toBe("/sessions/s1?focus=minutes");
    const through = new URL(signInUrl(href, "http://accord.test"), "http://accord.test").searchParams.get(
      "callbackUrl",
    );
    expect(safeRedirectTarget(through, "http://accord.test")).toBe(href);
  });
});
