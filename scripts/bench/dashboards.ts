// Dashboard benchmark: the search corpus (100,000 briefs) plus 50,000 follow-ups in 24
// committees and 20,000 cooperation activities, then the production server renders each
// dashboard page for a reader who is an institution admin and a manager of three workspaces.
// Prints p50/p95 of the full server response (every streamed section included), per page.
//
//   npm run bench:dashboards                         embedded PGlite on disk (.data-bench)
//   DATABASE_URL=postgres://… npm run bench:dashboards   database "accord_bench_dashboards" there
//   BENCH_BRIEFS=20000 BENCH_FOLLOWUPS=10000 …       smaller
//   BENCH_REUSE=1                                    keep an already seeded database
import { execSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { FIELDS, MODES, ORGANISATION_TYPES, PARTNER_TYPES } from "@/lib/cooperation/schemas";
import type { FollowUpStatus } from "@/lib/generated/prisma/enums";
import { applyMigrations } from "@/lib/server/database/migrate";
import type { DatabaseHandle } from "@/lib/server/database/open";
import { syncReferenceData } from "@/lib/server/database/reference-data";
import { between, freshDatabase, N, percentile, pick, RUNS, rand, seedCorpus } from "./corpus";

const FOLLOW_UPS = Number(process.env.BENCH_FOLLOWUPS ?? 50_000);
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 20_000);
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const PASSWORD = "bench-password-2026";
const DATA_DIR = ".data-bench";
const DAY = 86_400_000;

async function seedDashboards(handle: DatabaseHandle) {
  const prisma = handle.prisma;
  const { actor, workspaces, institutions } = await seedCorpus(handle);
  const started = performance.now();
  await prisma.user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(PASSWORD), institutionRole: "ADMIN" },
  });
  const statuses: FollowUpStatus[] = [
    "OPEN",
    "IN_PROGRESS",
    "IN_PROGRESS",
    "BLOCKED",
    "DONE",
    "DONE",
    "DONE",
    "CANCELLED",
  ];
  const perCommittee = Math.ceil(FOLLOW_UPS / (workspaces.length * 2));
  let made = 0;
  for (const ws of workspaces) {
    for (let c = 0; c < 2 && made < FOLLOW_UPS; c++) {
      const committee = await prisma.committee.create({
        data: { workspaceId: ws.id, name: `Bench committee ${ws.name} ${c}`, kind: "JOINT_COMMITTEE" },
      });
      const sideInstitutions = [
        institutions[(c * 2) % institutions.length].id,
        institutions[(c * 2 + 1) % institutions.length].id,
      ];
      for (const [position, institutionId] of sideInstitutions.entries()) {
        const side = await prisma.committeeSide.create({
          data: { committeeId: committee.id, name: `Side ${position + 1}`, position },
        });
        await prisma.committeeInstitution.create({
          data: { committeeId: committee.id, institutionId, sideId: side.id },
        });
      }
      const proposer = ws.memberships[0].userId;
      const items = await prisma.agendaItem.createManyAndReturn({
        data: Array.from({ length: 40 }, (_, i) => ({
          committeeId: committee.id,
          title: `Agenda item ${i}`,
          proposedById: proposer,
          status: "IN_PROGRESS" as const,
        })),
        select: { id: true },
      });
      for (let s = 0; s < 4; s++) {
        const start = new Date(Date.UTC(2023 + s, 5, 1));
        await prisma.session.create({
          data: {
            committeeId: committee.id,
            title: `Session ${2023 + s}`,
            startsAt: start,
            endsAt: new Date(start.getTime() + DAY),
            timeZone: "UTC",
            status: s < 3 ? "HELD" : "PLANNED",
          },
        });
      }
      for (let offset = 0; offset < perCommittee && made < FOLLOW_UPS; offset += 1000) {
        const count = Math.min(1000, perCommittee - offset, FOLLOW_UPS - made);
        const rows = Array.from({ length: count }, (_, i) => {
          const status = pick(statuses);
          const created = new Date(Date.UTC(2023, 0, 1) + between(0, 1000) * DAY);
          const due = new Date(created.getTime() + between(14, 500) * DAY);
          return {
            committeeId: committee.id,
            agendaItemId: pick(items).id,
            title: `Follow-up ${offset + i}`,
            dueDate: new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth(), due.getUTCDate())),
            status,
            progress: status === "DONE" ? 100 : between(0, 90),
            createdById: proposer,
            createdAt: created,
            closedAt:
              status === "DONE" || status === "CANCELLED" ? new Date(due.getTime() + between(-60, 30) * DAY) : null,
          };
        });
        const created = await prisma.followUp.createManyAndReturn({ data: rows, select: { id: true } });
        await prisma.followUpLead.createMany({
          data: created.flatMap((f) =>
            (rand() < 0.3 ? sideInstitutions : [pick(sideInstitutions)]).map((institutionId) => ({
              followUpId: f.id,
              institutionId,
            })),
          ),
        });
        await prisma.followUpAssignee.createMany({
          data: created.map((f) => ({ followUpId: f.id, userId: pick(ws.memberships).userId })),
          skipDuplicates: true,
        });
        made += count;
      }
    }
  }
  const countries = (await prisma.country.findMany({ select: { code: true } })).map((c) => c.code);
  for (let offset = 0; offset < ACTIVITIES; offset += 2000) {
    await prisma.cooperationActivity.createMany({
      data: Array.from({ length: Math.min(2000, ACTIVITIES - offset) }, (_, i) => {
        const ws = pick(workspaces);
        const start = new Date(Date.UTC(between(2010, 2025), between(0, 11), 1));
        return {
          workspaceId: ws.id,
          organisation: `Organisation ${between(0, 4000)}`,
          organisationType: pick(ORGANISATION_TYPES),
          partner: `Partner ${offset + i}`,
          partnerType: pick(PARTNER_TYPES),
          partnerCountryCode: pick(countries),
          field: pick(FIELDS),
          modes: [...new Set([pick(MODES), pick(MODES)])],
          startDate: start,
          endDate: rand() < 0.3 ? new Date(start.getTime() + between(200, 2000) * DAY) : null,
          createdById: ws.memberships[0].userId,
        };
      }),
    });
  }
  await handle.raw.exec("ANALYZE");
  console.log(
    `seeded ${made.toLocaleString("en")} follow-ups and ${ACTIVITIES.toLocaleString("en")} activities in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return actor;
}

async function waitForHealth(base: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the server did not start");
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url && !process.env.BENCH_REUSE) rmSync(DATA_DIR, { recursive: true, force: true });
  const db = await freshDatabase("accord_bench_dashboards", url ? undefined : DATA_DIR);
  await applyMigrations(db.handle.raw);
  await syncReferenceData(db.handle.raw);
  const existing = await db.handle.prisma.user.findUnique({ where: { email: "bench0@bench.test" } });
  const reused = !!(process.env.BENCH_REUSE && existing && (await db.handle.prisma.followUp.count()) > 0);
  const reader = reused ? existing! : await seedDashboards(db.handle);
  const committee = await db.handle.prisma.committee.findFirstOrThrow({
    where: { workspace: { memberships: { some: { userId: reader.id } } } },
    orderBy: { name: "asc" },
  });
  console.log(
    `Accord dashboard benchmark: ${N.toLocaleString("en")} briefs, ${FOLLOW_UPS.toLocaleString("en")} follow-ups, ${ACTIVITIES.toLocaleString("en")} activities on ${db.label}; ${RUNS} renders per page after 3 warm-up renders`,
  );
  await db.drop();

  // The production server, on this database (the embedded one is free again: its lock is released).
  const base = `http://localhost:${PORT}`;
  const env = {
    ...process.env,
    PORT: String(PORT),
    ACCORD_BASE_URL: base,
    ACCORD_DEMO: "0",
    ACCORD_JOBS: "0",
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
    ...(url ? { DATABASE_URL: db.url } : { ACCORD_DATA_DIR: DATA_DIR }),
  };
  const server = spawn(process.execPath, ["scripts/start.mjs"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    await waitForHealth(base);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu"],
    });
    const page = await browser.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email address").fill(reader.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor({ timeout: 60_000 });
    const pages: [string, string][] = [
      ["home (staff + manager + admin sections)", "/"],
      ["monitoring (5-year period)", "/monitoring"],
      ["committee scorecards (index)", "/committees/scorecards"],
      ["committee scorecard (one committee)", `/committees/${committee.id}/scorecard`],
      ["cooperation statistics", "/cooperation"],
    ];
    console.log("\npage                                        p50        p95     bytes");
    for (const [name, path] of pages) {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < RUNS + 3; i++) {
        const t0 = performance.now();
        const response = await page.request.get(`${base}${path}`);
        const body = await response.body();
        const ms = performance.now() - t0;
        if (!response.ok()) throw new Error(`${path}: HTTP ${response.status()}`);
        bytes = body.length;
        if (i >= 3) times.push(ms);
      }
      const f = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;
      console.log(
        `${name.padEnd(40)} ${f(percentile(times, 50))} ${f(percentile(times, 95))} ${String(bytes).padStart(9)}`,
      );
    }
    const rss = execSync(`ps -o rss= --ppid ${server.pid} || true`)
      .toString()
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    console.log(`\nserver memory: rss ${(Math.max(0, ...rss) / 1024).toFixed(0)} MiB (next-server process)`);
    await browser.close();
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
