// The benchmark corpus shared by the search and dashboard benchmarks: N briefs (default
// 100,000) of mixed English, Chinese and Korean text at realistic lengths, in 12 workspaces of
// 60 users, deterministic so every run seeds the same data.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { CATEGORIES, DISTRIBUTIONS } from "@/lib/briefs/vocabulary";
import type { BriefStatus } from "@/lib/generated/prisma/enums";
import { defaultAreaRows } from "@/lib/reference/technology-areas";
import type { Actor } from "@/lib/server/actor";
import { type DatabaseHandle, openDatabase } from "@/lib/server/database/open";

export const N = Number(process.env.BENCH_BRIEFS ?? 100_000);
export const RUNS = Number(process.env.BENCH_RUNS ?? 30);

// Deterministic pseudo-random numbers, so every run seeds the same corpus.
let seed = 42;
export function rand() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
export const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
export const between = (a: number, b: number) => a + Math.floor(rand() * (b - a + 1));

// Vocabularies with a Zipf-like frequency curve, as in real prose: the real policy terms sit
// among synthetic words at different ranks, so "export control" is selective and "policy"
// is common, rather than every term appearing in every brief.
const EN_TERMS =
  "policy strategy semiconductor quantum computing export control investment research funding talent exchange agency ministry budget roadmap critical technology supply chain standards cooperation national laboratory artificial intelligence battery mobility hydrogen biotechnology cybersecurity space ocean materials minerals university industry innovation committee agreement dialogue summit report indicators workforce manufacturing data sharing alliance regulation security outbound review".split(
    " ",
  );
const FILL = "the of and to in for on with a by from that is as its new at this will which their under".split(" ");
const ZH_TERMS =
  "量子 计算 半导体 人工智能 出口管制 科技 政策 战略 投资 研究 人才 合作 供应链 标准 实验室 电池 氢能 生物技术 网络安全 航天 海洋 材料 关键矿产 创新 预算 路线图 委员会 协定 报告 指标 制造 数据 安全 审查".split(
    " ",
  );
const KO_TERMS =
  "반도체 양자 인공지능 수출 통제 과학기술 정책 전략 투자 연구 인재 협력 공급망 표준 연구소 이차전지 수소 바이오 사이버보안 우주 해양 소재 핵심광물 혁신 예산 로드맵 위원회 협정 보고서 지표 제조 데이터 안보 심사".split(
    " ",
  );
const ZH_CHARS =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质".split(
    "",
  );
const KO_SYLLABLES =
  "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히한국정책기술연구개발산업혁신전략협력".split(
    "",
  );

function zipfSampler(words: string[]) {
  const weights = words.map((_, i) => 1 / (i + 1) ** 1.05);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) {
    sum += w / total;
    cumulative.push(sum);
  }
  return () => {
    const r = rand();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

/** Synthetic words, with the real terms spread over ranks 10..1500 of a 4,000-word list. */
function vocabulary(terms: string[], synthetic: () => string) {
  const words = Array.from({ length: 4000 }, synthetic);
  terms.forEach((term, i) => {
    words[10 + Math.floor((i * 1490) / terms.length)] = term;
  });
  return zipfSampler(words);
}

const syllable = () =>
  pick(["ka", "lo", "mi", "ren", "tas", "vor", "qui", "del", "sen", "ta", "pol", "ni", "ber", "gu", "sta", "ex"]);
const enWord = vocabulary(EN_TERMS, () => Array.from({ length: between(2, 4) }, syllable).join(""));
const zhWord = vocabulary(ZH_TERMS, () => pick(ZH_CHARS) + pick(ZH_CHARS));
const koWord = vocabulary(KO_TERMS, () => Array.from({ length: between(2, 3) }, () => pick(KO_SYLLABLES)).join(""));
const COUNTRIES = [
  "US",
  "KR",
  "CN",
  "JP",
  "DE",
  "FR",
  "GB",
  "IN",
  "AU",
  "CA",
  "RU",
  "TW",
  "SG",
  "IL",
  "NL",
  "SE",
  "FI",
  "IT",
  "ES",
  "BR",
  "MX",
  "ZA",
  "NG",
  "EG",
  "SA",
  "AE",
  "VN",
  "TH",
  "ID",
  "MY",
];

function english(words: number) {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(rand() < 0.45 ? pick(FILL) : enWord());
  return out.join(" ");
}

function text(lang: "en" | "zh" | "ko", kind: "title" | "summary" | "body") {
  const size = { title: [6, 12], summary: [30, 60], body: [200, 600] }[kind];
  if (lang === "en") return english(between(size[0], size[1]));
  const n = Math.ceil(between(size[0], size[1]) / (lang === "zh" ? 1.5 : 1.2));
  const word = lang === "zh" ? zhWord : koWord;
  return Array.from({ length: n }, (_, i) => word() + (lang === "zh" ? (i % 12 === 11 ? "。" : "") : " ")).join("");
}

/**
 * A fresh benchmark database: on DATABASE_URL's server a database `name` (kept with
 * BENCH_REUSE=1), else embedded PGlite in memory or, given `dataDir`, on disk.
 */
export async function freshDatabase(
  name = "accord_bench",
  dataDir?: string,
): Promise<{ handle: DatabaseHandle; label: string; url?: string; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await openDatabase(dataDir ? { dataDir } : {});
    return {
      handle,
      label: dataDir ? `embedded PGlite (${dataDir})` : "embedded PGlite (in memory)",
      drop: () => handle.close(),
    };
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  if (!(process.env.BENCH_REUSE && exists)) {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await openDatabase({ url: target.toString() });
  return { handle, label: `PostgreSQL server (${target.host})`, url: target.toString(), drop: () => handle.close() };
}

export async function seedCorpus(handle: DatabaseHandle) {
  const prisma = handle.prisma;
  const institutions = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      prisma.institution.create({
        data: { name: `Bench institute ${i}`, shortName: `B${i}`, countryCode: pick(COUNTRIES), type: "THINK_TANK" },
      }),
    ),
  );
  const users = [];
  for (let i = 0; i < 60; i++) {
    users.push(
      await prisma.user.create({
        data: {
          email: `bench${i}@bench.test`,
          name: `Bench ${i}`,
          institutionId: institutions[i % institutions.length].id,
        },
      }),
    );
  }
  const workspaces = [];
  for (let i = 0; i < 12; i++) {
    const members = users.filter((_, j) => (j + i) % 4 === 0);
    workspaces.push(
      await prisma.workspace.create({
        data: {
          name: `Bench workspace ${i}`,
          hostInstitutionId: institutions[i % institutions.length].id,
          createdById: members[0].id,
          memberships: { create: members.map((u, k) => ({ userId: u.id, role: k === 0 ? "MANAGER" : "CONTRIBUTOR" })) },
          technologyAreas: { createMany: { data: defaultAreaRows() } },
        },
        include: { memberships: true, technologyAreas: true },
      }),
    );
  }
  const started = performance.now();
  const BATCH = 1000;
  for (let offset = 0; offset < N; offset += BATCH) {
    const rows = [];
    const links: { countries: string[]; areas: string[]; recipients: string[] }[] = [];
    for (let i = offset; i < Math.min(N, offset + BATCH); i++) {
      const ws = pick(workspaces);
      const authorId = pick(ws.memberships).userId;
      const author = users.find((u) => u.id === authorId)!;
      const lang = rand() < 0.6 ? "en" : rand() < 0.6 ? "zh" : "ko";
      const status: BriefStatus = rand() < 0.85 ? "PUBLISHED" : pick(["DRAFT", "IN_REVIEW"] as const);
      const distribution = pick(DISTRIBUTIONS);
      const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(rand() * 6 * 365) * 86_400_000);
      rows.push({
        workspaceId: ws.id,
        institutionId: author.institutionId!,
        authorId: author.id,
        title: text(lang, "title"),
        summary: text(lang, "summary"),
        body: text(lang, "body"),
        category: pick(CATEGORIES),
        distribution,
        status,
        publishedAt: status === "PUBLISHED" ? day : null,
        createdAt: day,
        sources: [
          {
            publisher: pick(["OECD", "NIST", "MSIT", "NISTEP", "BMBF", "科技部", "과기정통부"]),
            title: text(lang, "title"),
            url: "https://example.org/report",
            date: day.toISOString().slice(0, 10),
          },
        ],
      });
      links.push({
        countries: [...new Set(Array.from({ length: between(1, 3) }, () => pick(COUNTRIES)))],
        areas: [...new Set(Array.from({ length: between(0, 3) }, () => pick(ws.technologyAreas).id))],
        recipients: distribution === "RESTRICTED" ? [pick(ws.memberships).userId] : [],
      });
    }
    const created = await prisma.brief.createManyAndReturn({ data: rows, select: { id: true } });
    await prisma.briefCountry.createMany({
      data: created.flatMap((b, i) => links[i].countries.map((countryCode) => ({ briefId: b.id, countryCode }))),
    });
    await prisma.briefTechnologyArea.createMany({
      data: created.flatMap((b, i) => links[i].areas.map((areaId) => ({ briefId: b.id, areaId }))),
    });
    await prisma.briefRecipient.createMany({
      data: created.flatMap((b, i) => links[i].recipients.map((userId) => ({ briefId: b.id, userId }))),
    });
    if ((offset / BATCH) % 10 === 9)
      process.stdout.write(
        `  seeded ${offset + BATCH} briefs (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
      );
  }
  await handle.raw.exec("ANALYZE");
  // The reader: a member of several workspaces, so every visibility branch is exercised.
  const reader = users[0];
  const actor: Actor = {
    id: reader.id,
    email: reader.email,
    name: reader.name,
    institutionId: reader.institutionId,
    institutionRole: "MEMBER",
    isPlatformOperator: false,
    locale: "en",
  };
  return { actor, users, workspaces, institutions, seedSeconds: (performance.now() - started) / 1000 };
}

export const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
