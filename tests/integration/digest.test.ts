// The daily digest: once per day, one email per person, only about briefs they may still read.
import { beforeAll, expect, it } from "vitest";
import { createBrief, publishBrief, saveBrief, submitBrief } from "@/lib/briefs/service";
import { runDailyDigest } from "@/lib/notifications/digest";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { clock, DAY_MS } from "@/lib/time/clock";
import { setWatch } from "@/lib/watches/service";
import { makeTenant, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let manager: Actor;
let author: Actor;
let partner: Actor;

beforeAll(async () => {
  const home = await makeTenant("Home");
  const other = await makeTenant("Partner");
  manager = home.admin;
  author = home.member;
  partner = other.member;
  const ws = await makeWorkspace(manager, [
    [author, "CONTRIBUTOR"],
    [partner, "VIEWER"],
  ]);
  await setWatch(partner, { target: "COUNTRY", targetKey: "JP", watching: true });
  const fields = {
    summary: "",
    body: "",
    category: "TALENT",
    countries: ["JP"],
    areas: [],
    recipients: [],
    sources: [],
  } as const;
  for (const title of ["Japan talent programme", "Japan indicators"]) {
    const brief = await createBrief(author, {
      workspaceId: ws.id,
      title,
      distribution: "WORKSPACE",
      ...fields,
      countries: ["JP"],
      areas: [],
      recipients: [],
      sources: [],
    });
    const submitted = await submitBrief(author, { briefId: brief.id, version: brief.version });
    const published = await publishBrief(manager, { briefId: brief.id, version: submitted.version });
    if (title === "Japan indicators") {
      // Narrowed afterwards to the author's institution: the partner may no longer read it.
      await saveBrief(author, {
        briefId: brief.id,
        version: published.version,
        title,
        distribution: "INSTITUTION",
        ...fields,
        countries: ["JP"],
        areas: [],
        recipients: [],
        sources: [],
      });
    }
  }
});

it("mails each person once a day, only about briefs they may still read", async () => {
  const partnerEmail = (await db().user.findUniqueOrThrow({ where: { id: partner.id } })).email;
  // The run after the notifications were created, and the day after it.
  const day = new Date(clock.ms() + 60_000);
  expect(await runDailyDigest(day)).toBeGreaterThanOrEqual(1);
  const mails = await db().emailOutbox.findMany({ where: { to: partnerEmail } });
  expect(mails).toHaveLength(1);
  expect(mails[0].text).toContain("Japan talent programme");
  expect(mails[0].text).not.toContain("Japan indicators");
  // The same day again sends nothing; nor does the next day without anything new.
  expect(await runDailyDigest(day)).toBeNull();
  expect(await runDailyDigest(new Date(day.getTime() + DAY_MS))).toBe(0);
  expect(await db().emailOutbox.count({ where: { to: partnerEmail } })).toBe(1);
});
