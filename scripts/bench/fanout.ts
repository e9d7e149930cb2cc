// Notification fan-out benchmark: the time from a change's commit to every inbox row and every
// outbox email written, for (a) one follow-up event told to a committee of 200 participants (the
// follow-up is led by both sides' institutions) and (b) a session move told to a committee of 50.
// Everyone chose "email at once", so each recipient gets an inbox row and an email. Then it shows
// that a fan-out does not lock the follow-up: an update of it completes while a fan-out
// transaction that wrote its rows is still open (on a PostgreSQL server; the embedded database
// is one connection, so nothing runs alongside there).
//
//   npm run bench:fanout                            embedded PGlite (in memory)
//   DATABASE_URL=postgres://… npm run bench:fanout  a fresh database "accord_bench_fanout" on that server
//   BENCH_RUNS=20 …                                 runs per scenario (default 10, after 2 warm-up runs)
import { performance } from "node:perf_hooks";
import { committeeSchema } from "@/lib/committees/schemas";
import { createCommittee } from "@/lib/committees/service";
import { createSession, rescheduleSession } from "@/lib/committees/sessions";
import { createFollowUp, setFollowUpStatus } from "@/lib/followups/service";
import { fanOutEvent, fanOutPending } from "@/lib/notifications/fanout";
import type { Actor } from "@/lib/server/actor";
import { applyMigrations } from "@/lib/server/database/migrate";
import { syncReferenceData } from "@/lib/server/database/reference-data";
import { db, setDatabase } from "@/lib/server/db";
import { isoDateFromToday } from "@/lib/time/clock";
import { utcToZonedInput } from "@/lib/time/zones";
import { freshDatabase, percentile } from "./corpus";

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
// Unsubscribe links are signed with the app secret; a server database needs one given.
process.env.NEXTAUTH_SECRET ??= "bench-only-secret-bench-only-secret-0123456789";
const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`;

/** A workspace and committee whose two sides have `size` members between them (plus the manager). */
async function seedCommittee(label: string, size: number) {
  const prisma = db();
  const sides = await Promise.all(
    ["A", "B"].map((side) =>
      prisma.institution.create({
        data: {
          name: `${label} ${side}`,
          shortName: `${label}-${side}`,
          countryCode: side === "A" ? "KR" : "US",
          type: "THINK_TANK",
        },
      }),
    ),
  );
  const managerRow = await prisma.user.create({
    data: { email: `${label}-manager@bench.test`, name: `${label} manager`, institutionId: sides[0].id },
  });
  const manager: Actor = { ...managerRow, ip: null };
  await prisma.user.createMany({
    data: Array.from({ length: size - 1 }, (_, i) => ({
      email: `${label}-${i}@bench.test`,
      name: `${label} member ${i}`,
      institutionId: sides[i % 2].id,
      locale: ["en", "zh", "ko"][i % 3],
    })),
  });
  const members = await prisma.user.findMany({ where: { email: { startsWith: `${label}-` } }, select: { id: true } });
  const workspace = await prisma.workspace.create({
    data: { name: `${label} workspace`, hostInstitutionId: sides[0].id, createdById: manager.id },
  });
  await prisma.workspaceMembership.createMany({
    data: members.map((m) => ({
      workspaceId: workspace.id,
      userId: m.id,
      role: m.id === manager.id ? ("MANAGER" as const) : ("CONTRIBUTOR" as const),
    })),
  });
  await prisma.notificationPreference.createMany({
    data: members.flatMap((m) =>
      (["FOLLOWUP_UPDATES", "SESSIONS"] as const).map((topic) => ({ userId: m.id, topic, channel: "EMAIL" as const })),
    ),
  });
  const committee = await createCommittee(
    manager,
    committeeSchema.parse({
      workspaceId: workspace.id,
      name: `${label} joint committee`,
      kind: "JOINT_COMMITTEE",
      countries: ["KR", "US"],
      side1Name: "Korea",
      side1Institutions: [sides[0].id],
      side2Name: "United States",
      side2Institutions: [sides[1].id],
    }),
  );
  return { manager, committeeId: committee.id, leads: sides.map((s) => s.id), participants: members.length };
}

interface Scenario {
  name: string;
  /** Makes one change (recording one event); returns after its transaction committed. */
  change: (run: number) => Promise<unknown>;
}

async function measure(s: Scenario) {
  const change: number[] = [];
  const fanOut: number[] = [];
  let rows = 0;
  let emails = 0;
  for (let run = 0; run < RUNS + 2; run++) {
    const outboxBefore = await db().emailOutbox.count();
    const t0 = performance.now();
    await s.change(run);
    const t1 = performance.now();
    const result = await fanOutPending();
    const t2 = performance.now();
    if (result.events !== 1) throw new Error(`expected one event, fanned out ${result.events}`);
    rows = result.notifications;
    emails = (await db().emailOutbox.count()) - outboxBefore;
    if (run >= 2) {
      change.push(t1 - t0);
      fanOut.push(t2 - t1);
    }
  }
  console.log(
    `${s.name.padEnd(44)} ${String(rows).padStart(6)} ${String(emails).padStart(7)}  ${ms(percentile(change, 50))} ${ms(percentile(change, 95))}  ${ms(percentile(fanOut, 50))} ${ms(percentile(fanOut, 95))}`,
  );
}

/** While a fan-out transaction holding its new rows is open, a writer updates the follow-up. */
async function lockCheck(manager: Actor, followUp: { id: string; version: number }) {
  const current = await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } });
  const saved = await setFollowUpStatus(manager, {
    followUpId: followUp.id,
    version: current.version,
    status: current.status === "BLOCKED" ? "IN_PROGRESS" : "BLOCKED",
  });
  const event = await db().notificationEvent.findFirstOrThrow({
    where: { fannedOutAt: null },
    orderBy: { id: "desc" },
  });
  let releaseFanOut = () => {};
  const held = new Promise<void>((resolve) => {
    releaseFanOut = resolve;
  });
  let rowsWritten = () => {};
  const written = new Promise<void>((resolve) => {
    rowsWritten = resolve;
  });
  const fanOut = db().$transaction(
    async (tx) => {
      await fanOutEvent(tx, event.id);
      rowsWritten();
      await Promise.race([held, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    },
    { timeout: 30_000 },
  );
  await written;
  const t0 = performance.now();
  await setFollowUpStatus(manager, {
    followUpId: followUp.id,
    version: saved.version,
    status: saved.status === "BLOCKED" ? "IN_PROGRESS" : "BLOCKED",
  });
  const updated = performance.now() - t0;
  releaseFanOut();
  await fanOut;
  console.log(
    `\nfollow-up not locked by the fan-out: a status change of it committed in ${updated.toFixed(1)} ms while a fan-out transaction that had written its ${await db().notification.count({ where: { eventId: event.id } })} rows was still open (it would have waited up to 5 s for a lock)`,
  );
  await fanOutPending();
}

async function main() {
  const { handle, label, drop } = await freshDatabase("accord_bench_fanout");
  await applyMigrations(handle.raw);
  await syncReferenceData(handle.raw);
  setDatabase(handle);
  const started = performance.now();
  const big = await seedCommittee("c200", 200);
  const small = await seedCommittee("c50", 50);
  const followUp = await createFollowUp(big.manager, {
    committeeId: big.committeeId,
    agendaItemId: "",
    decisionId: "",
    feedbackId: "",
    title: "Shared database of technology trends",
    description: "",
    dueDate: isoDateFromToday(60),
    priority: "HIGH",
    leads: big.leads,
    assignees: [],
  });
  const session = await createSession(small.manager, {
    committeeId: small.committeeId,
    title: "Working session",
    startsAt: `${isoDateFromToday(30)}T10:00`,
    endsAt: `${isoDateFromToday(30)}T12:00`,
    timeZone: "Asia/Seoul",
    place: "Sejong",
    onlineUrl: "",
  });
  await fanOutPending();
  console.log(
    `Accord notification fan-out benchmark on ${label}: committees of ${big.participants} and ${small.participants} people (seeded in ${((performance.now() - started) / 1000).toFixed(1)} s); ${RUNS} runs per scenario after 2 warm-up runs; every recipient has chosen email at once\n`,
  );
  console.log(
    "scenario                                       inbox  emails    change p50      p95   fan-out p50      p95",
  );
  let version = followUp.version;
  await measure({
    name: `follow-up status change, ${big.participants} participants`,
    change: async (run) => {
      const saved = await setFollowUpStatus(big.manager, {
        followUpId: followUp.id,
        version,
        status: run % 2 ? "BLOCKED" : "IN_PROGRESS",
      });
      version = saved.version;
    },
  });
  let sessionVersion = session.version;
  await measure({
    name: `session moved, ${small.participants} participants`,
    change: async (run) => {
      const startsAt = new Date(session.startsAt.getTime() + (run + 1) * 3_600_000);
      const saved = await rescheduleSession(small.manager, {
        sessionId: session.id,
        version: sessionVersion,
        title: session.title,
        startsAt: utcToZonedInput(startsAt, session.timeZone),
        endsAt: utcToZonedInput(new Date(startsAt.getTime() + 7_200_000), session.timeZone),
        timeZone: session.timeZone,
        place: session.place,
        onlineUrl: "",
      });
      sessionVersion = saved.version;
    },
  });
  const memory = process.memoryUsage();
  console.log(
    `\nmemory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
  if (process.env.DATABASE_URL) await lockCheck(big.manager, { id: followUp.id, version });
  else console.log("\n(lock check needs a PostgreSQL server: the embedded database runs one transaction at a time)");
  await drop();
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
