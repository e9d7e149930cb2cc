// Export benchmark: the pre-session pack and the minutes as Word and PDF, made the way the
// download routes make them (the same reads, then the renderer, the body read to its end), for
// the demo's Korea–US Joint Committee: its planned session's pack (attendees, papers, briefs
// with sources, consultations in Korean and Chinese) and its held session's minutes, as the
// Korean co-chair. Then a large pack: the same session with BENCH_PAPERS extra documents and
// BENCH_ANSWERS extra consultation answers. Prints p50/p95 per file, its size and the heap.
//
//   npm run bench:exports                            embedded PGlite (in memory)
//   DATABASE_URL=postgres://… npm run bench:exports  a fresh database "accord_bench_exports"
//   BENCH_RUNS=20 …                                  runs per file (default 10, after 2 warm-up runs)
import { performance } from "node:perf_hooks";
import { getMinutes } from "@/lib/committees/minutes";
import { getSessionPack } from "@/lib/committees/pack";
import { getCommittee } from "@/lib/committees/service";
import { getSession } from "@/lib/committees/sessions";
import { packRounds } from "@/lib/consultations/service";
import { getAttendees } from "@/lib/delegations/service";
import { type ExportFile, exportMinutes, exportPack, readerOf } from "@/lib/exports/service";
import { followUpHealth } from "@/lib/followups/health";
import { openFollowUpsByAgendaItem } from "@/lib/followups/list";
import type { Actor } from "@/lib/server/actor";
import { applyMigrations } from "@/lib/server/database/migrate";
import { syncReferenceData } from "@/lib/server/database/reference-data";
import { db, setDatabase } from "@/lib/server/db";
import { seedDemoData } from "../../prisma/seed";
import { freshDatabase, percentile } from "./corpus";

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const PAPERS = Number(process.env.BENCH_PAPERS ?? 60);
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 300);
process.env.NEXTAUTH_SECRET ??= "bench-only-secret-bench-only-secret-0123456789";

/** The bytes of a file as a download would send them. */
async function bytesOf(file: ExportFile): Promise<number> {
  if (file.body instanceof Uint8Array) return file.body.byteLength;
  let n = 0;
  const reader = file.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return n;
    n += value.byteLength;
  }
}

/** What /api/sessions/:id/pack does, up to the last byte. */
async function pack(actor: Actor, sessionId: string, format: "docx" | "pdf") {
  const { session, previous, attendees, papers, reports } = await getSessionPack(actor, sessionId);
  const ids = session.entries.map((e) => e.agendaItem.id);
  const open = await openFollowUpsByAgendaItem(actor, ids);
  const followUps = new Map(
    [...open].map(([id, rows]) => [id, rows.map((f) => ({ ...f, overdue: followUpHealth(f) === "OVERDUE" }))]),
  );
  const consultations = await packRounds(actor, session.committeeId, ids);
  const file = await exportPack(
    { session, previous, followUps, attendees, papers, reports, consultations },
    await readerOf(actor, session.committee.name),
    format,
  );
  return bytesOf(file);
}

/** What /api/sessions/:id/minutes does, up to the last byte. */
async function minutes(actor: Actor, sessionId: string, format: "docx" | "pdf") {
  const session = await getSession(actor, sessionId);
  const [record, committee, attendees] = await Promise.all([
    getMinutes(actor, session.id),
    getCommittee(actor, session.committeeId),
    getAttendees(actor, session.id),
  ]);
  if (!record.current) throw new Error("the held session has no minutes");
  const file = await exportMinutes(
    { session, minutes: record.current, sides: committee.sides, attendees },
    await readerOf(actor, committee.workspace.name),
    format,
  );
  return bytesOf(file);
}

async function measure(label: string, make: () => Promise<number>) {
  for (let i = 0; i < 2; i++) await make();
  const times: number[] = [];
  let size = 0;
  let heap = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    size = await make();
    times.push(performance.now() - t0);
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  }
  console.log(
    `${label.padEnd(34)} ${percentile(times, 50).toFixed(1).padStart(8)} ms ${percentile(times, 95).toFixed(1).padStart(8)} ms ${(size / 1024).toFixed(0).padStart(6)} KB ${(heap / 2 ** 20).toFixed(0).padStart(6)} MB`,
  );
}

/** More papers on the session and more answers in its released round: a secretariat's busy year. */
async function enlarge(sessionId: string, authorId: string) {
  const prisma = db();
  const session = await prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
  for (let i = 0; i < PAPERS; i++)
    await prisma.committeeDocument.create({
      data: {
        committeeId: session.committeeId,
        sessionId,
        title: `Background paper ${i + 1}: 关于人工智能数据共享的背景材料 / 인공지능 데이터 공유 배경 자료`,
        kind: "EVIDENCE",
        authorId,
        versions: {
          create: {
            number: 1,
            fileName: `paper-${i + 1}.pdf`,
            contentType: "application/pdf",
            size: 1024,
            storageKey: `bench-${sessionId}-${i}`,
            uploadedById: authorId,
          },
        },
      },
    });
  const round = await prisma.consultationRound.findFirstOrThrow({
    where: { committeeId: session.committeeId, status: "RELEASED" },
  });
  for (let i = 0; i < ANSWERS; i++) {
    const invitee = await prisma.consultationInvitee.create({
      data: {
        roundId: round.id,
        email: `bench-${i}@example.org`,
        tokenHash: `bench-${round.id}-${i}`,
        expiresAt: round.deadline,
        locale: ["en", "zh", "ko"][i % 3],
      },
    });
    await prisma.consultationAnswer.create({
      data: {
        roundId: round.id,
        inviteeId: invitee.id,
        organisation: `Organisation ${i + 1}`,
        sector: ["Industry", "研究机构", "대학"][i % 3],
        position: (["SUPPORT", "CONCERN", "PROPOSAL"] as const)[i % 3],
        text: "We support a shared labelling guideline; 建议设立联合评审机制; 평가 데이터셋을 중립 기관이 보관해야 합니다. ".repeat(
          3,
        ),
      },
    });
  }
}

async function main() {
  const { handle, label, drop } = await freshDatabase("accord_bench_exports");
  await applyMigrations(handle.raw);
  await syncReferenceData(handle.raw);
  setDatabase(handle);
  await seedDemoData(db());
  const user = await db().user.findUniqueOrThrow({ where: { email: "manager@stepi.demo" } });
  const actor: Actor = { ...user, ip: null };
  const committee = await db().committee.findFirstOrThrow({
    where: { name: "Korea–US Joint Committee on S&T Cooperation" },
  });
  const planned = await db().session.findFirstOrThrow({ where: { committeeId: committee.id, status: "PLANNED" } });
  const held = await db().session.findFirstOrThrow({ where: { committeeId: committee.id, status: "HELD" } });
  console.log(
    `Accord export benchmark on ${label}: the demo Korea–US Joint Committee as its Korean co-chair; ${RUNS} runs per file after 2 warm-up runs\n`,
  );
  console.log(
    `${"file".padEnd(34)} ${"p50".padStart(11)} ${"p95".padStart(11)} ${"size".padStart(9)} ${"heap".padStart(9)}`,
  );
  await measure("minutes (held session), DOCX", () => minutes(actor, held.id, "docx"));
  await measure("minutes (held session), PDF", () => minutes(actor, held.id, "pdf"));
  await measure("pack (planned session), DOCX", () => pack(actor, planned.id, "docx"));
  await measure("pack (planned session), PDF", () => pack(actor, planned.id, "pdf"));
  await enlarge(planned.id, user.id);
  await measure(`large pack (+${PAPERS} papers, +${ANSWERS} answers), DOCX`, () => pack(actor, planned.id, "docx"));
  await measure(`large pack (+${PAPERS} papers, +${ANSWERS} answers), PDF`, () => pack(actor, planned.id, "pdf"));
  await drop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
