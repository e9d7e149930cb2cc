// Live-update benchmark: the time from the start of a writing transaction that publishes (a
// pg_notify inside it) to the moment the Server-Sent Events stream has the line, through the
// whole path: PostgreSQL's NOTIFY at commit → this process's LISTEN → the in-process bus →
// each stream's filter → the stream's bytes. Scenarios: (a) one reader, an inbox message;
// (b) 200 open streams (200 people), one message naming all of them: time until the last
// stream has it; (c) the same 200 streams, a board message for their committee (each stream
// checks that its reader may read the committee: a query the first time, then cached for a
// minute; the first run is reported apart as "cold").
//
//   npm run bench:live                            embedded PGlite (in memory)
//   DATABASE_URL=postgres://… npm run bench:live  a fresh database "accord_bench_live" on that server
//   BENCH_RUNS=50 …                               runs per scenario (default 30, after 3 warm-up runs)
import { performance } from "node:perf_hooks";
import { liveStreamFor, publishBoard, publishInbox, startLiveListener } from "@/lib/live/service";
import type { Actor } from "@/lib/server/actor";
import { applyMigrations } from "@/lib/server/database/migrate";
import { syncReferenceData } from "@/lib/server/database/reference-data";
import { db, setDatabase } from "@/lib/server/db";
import { freshDatabase, percentile } from "./corpus";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARM_UP = 3;
const READERS = 200;
const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`;

/** Reads a stream; `next()` resolves at the arrival time of the next event line. */
function follow(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let waiting: ((at: number) => void)[] = [];
  (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (!decoder.decode(value).includes("data: ")) continue;
      const at = performance.now();
      const resolve = waiting;
      waiting = [];
      for (const r of resolve) r(at);
    }
  })();
  return { next: () => new Promise<number>((resolve) => waiting.push(resolve)) };
}

async function seed(): Promise<{ readers: Actor[]; committeeId: string }> {
  const prisma = db();
  const institution = await prisma.institution.create({
    data: { name: "Live bench institute", shortName: "LIVE", countryCode: "KR", type: "THINK_TANK" },
  });
  await prisma.user.createMany({
    data: Array.from({ length: READERS }, (_, i) => ({
      email: `live-${i}@bench.test`,
      name: `Reader ${i}`,
      institutionId: institution.id,
    })),
  });
  const users = await prisma.user.findMany({ where: { email: { startsWith: "live-" } }, orderBy: { email: "asc" } });
  const workspace = await prisma.workspace.create({
    data: {
      name: "Live bench workspace",
      hostInstitutionId: institution.id,
      createdById: users[0].id,
      memberships: { create: users.map((u) => ({ userId: u.id, role: "CONTRIBUTOR" as const })) },
    },
  });
  const committee = await prisma.committee.create({
    data: { workspaceId: workspace.id, name: "Live bench committee", kind: "JOINT_COMMITTEE" },
  });
  return { readers: users.map((u) => ({ ...u, ip: null })), committeeId: committee.id };
}

/** Runs `publish` RUNS times after the warm-up; each time waits for every follower's line. */
async function scenario(
  label: string,
  followers: ReturnType<typeof follow>[],
  publish: () => Promise<unknown>,
): Promise<void> {
  const commits: number[] = [];
  const events: number[] = [];
  let cold = 0;
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    const arrivals = Promise.all(followers.map((f) => f.next()));
    const start = performance.now();
    await publish();
    const committed = performance.now();
    const last = Math.max(...(await arrivals));
    if (run === 0) cold = last - start;
    if (run < WARM_UP) continue;
    commits.push(committed - start);
    events.push(last - start);
  }
  console.log(
    `${label.padEnd(36)} streams ${String(followers.length).padStart(3)} | commit p50 ${ms(percentile(commits, 50))}` +
      ` | event p50 ${ms(percentile(events, 50))} p95 ${ms(percentile(events, 95))} | first run ${ms(cold)}`,
  );
}

async function main() {
  const { handle, label, drop } = await freshDatabase("accord_bench_live");
  await applyMigrations(handle.raw);
  await syncReferenceData(handle.raw);
  setDatabase(handle);
  const stop = await startLiveListener(handle);
  const { readers, committeeId } = await seed();
  console.log(`Live updates on ${label}: ${RUNS} runs per scenario after ${WARM_UP} warm-up runs\n`);

  const aborts: AbortController[] = [];
  const open = (actor: Actor) => {
    const abort = new AbortController();
    aborts.push(abort);
    return follow(liveStreamFor(actor, abort.signal, { heartbeatMs: 3_600_000 })!);
  };
  const one = open(readers[0]);
  await scenario("(a) inbox, one reader", [one], () => db().$transaction((tx) => publishInbox(tx, [readers[0].id])));
  const all = [one, ...readers.slice(1).map(open)];
  await scenario("(b) inbox, 200 readers in one message", all, () =>
    db().$transaction((tx) =>
      publishInbox(
        tx,
        readers.map((r) => r.id),
      ),
    ),
  );
  await scenario("(c) board, 200 readers of the committee", all, () =>
    db().$transaction((tx) => publishBoard(tx, committeeId)),
  );
  const memory = process.memoryUsage();
  console.log(
    `\nmemory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
  for (const abort of aborts) abort.abort();
  await stop();
  await drop();
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
