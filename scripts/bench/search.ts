// Search benchmark: seeds N briefs (default 100,000) of mixed English, Chinese and Korean text
// at realistic lengths, then prints p50/p95 latency of typical searches (the page's search +
// count), with and without filters, for a reader who belongs to several workspaces.
//
//   npm run bench:search                       embedded PGlite (in memory)
//   DATABASE_URL=postgres://… npm run bench:search   a fresh database "accord_bench" on that server
//   BENCH_BRIEFS=20000 …                       fewer briefs
//   BENCH_REUSE=1 (with DATABASE_URL)          keep an already seeded accord_bench (after a code change)
//   BENCH_DATABASE=accord_bench_dashboards …   another database with the same corpus (the dashboards benchmark's)
import { performance } from "node:perf_hooks";
import { parseSearchParams } from "@/lib/briefs/schemas";
import { countBriefs, searchBriefs } from "@/lib/briefs/search";
import type { Actor } from "@/lib/server/actor";
import { applyMigrations } from "@/lib/server/database/migrate";
import { syncReferenceData } from "@/lib/server/database/reference-data";
import { setDatabase } from "@/lib/server/db";
import { freshDatabase, N, percentile, RUNS, seedCorpus } from "./corpus";

const QUERIES: [string, Record<string, string>][] = [
  ["english words: export control", { q: "export control" }],
  ["english word: quantum", { q: "quantum" }],
  ["chinese 2 chars: 量子", { q: "量子" }],
  ["chinese 3 chars: 半导体", { q: "半导体" }],
  ["korean: 반도체", { q: "반도체" }],
  ["english + country US", { q: "semiconductor", country: "US" }],
  [
    "chinese + category + dates",
    { q: "人工智能", category: "STRATEGY_PLANNING", from: "2023-01-01", to: "2024-12-31" },
  ],
  ["no words, area filter", { area: "quantum" }],
  ["no words, country + status", { country: "KR", status: "PUBLISHED" }],
  ["latest (no filters)", {}],
];

async function main() {
  const { handle, label, drop } = await freshDatabase(process.env.BENCH_DATABASE ?? "accord_bench");
  await applyMigrations(handle.raw);
  await syncReferenceData(handle.raw);
  setDatabase(handle);
  console.log(
    `Accord search benchmark: ${N.toLocaleString("en")} briefs on ${label}; ${RUNS} runs per query after 3 warm-up runs`,
  );
  const existing = await handle.prisma.user.findUnique({ where: { email: "bench0@bench.test" } });
  const { actor, seedSeconds } =
    process.env.BENCH_REUSE && existing && (await handle.prisma.brief.count()) >= N
      ? { actor: { ...existing, ip: null } as Actor, seedSeconds: 0 }
      : await seedCorpus(handle);
  console.log(`seeded in ${seedSeconds.toFixed(0)} s\n`);
  console.log(
    "query                                  results   search p50    p95     page p50     p95   (page = search + capped count, in parallel as the page runs them)",
  );
  for (const [name, raw] of QUERIES) {
    const params = parseSearchParams(raw);
    const searchTimes: number[] = [];
    const pageTimes: number[] = [];
    let total = "";
    for (let i = 0; i < RUNS + 3; i++) {
      const t0 = performance.now();
      await searchBriefs(actor, params);
      const t1 = performance.now();
      const [, counted] = await Promise.all([searchBriefs(actor, params), countBriefs(actor, params)]);
      const t2 = performance.now();
      total = counted.exact ? String(counted.total) : `${counted.total}+`;
      if (i >= 3) {
        searchTimes.push(t1 - t0);
        pageTimes.push(t2 - t1);
      }
    }
    const f = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;
    console.log(
      `${name.padEnd(38)} ${total.padStart(7)}  ${f(percentile(searchTimes, 50))} ${f(percentile(searchTimes, 95))}  ${f(percentile(pageTimes, 50))} ${f(percentile(pageTimes, 95))}`,
    );
  }
  const memory = process.memoryUsage();
  console.log(
    `\nmemory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
  await drop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
