// Monitoring aggregates equal counts computed independently, for three viewers who may read
// different briefs.
import { beforeAll, describe, expect, it } from "vitest";
import type { BriefFields } from "@/lib/briefs/schemas";
import { createBrief, getBrief, publishBrief, saveBrief, submitBrief } from "@/lib/briefs/service";
import { heatmapCsv } from "@/lib/monitoring/heatmap-csv";
import { briefsPerMonth, countryAreaHeatmap, monthsBetween } from "@/lib/monitoring/service";
import { defaultAreaRows } from "@/lib/reference/technology-areas";
import type { Actor } from "@/lib/server/actor";
import { toCsv } from "@/lib/server/csv";
import { db } from "@/lib/server/db";
import { isoDateFromToday } from "@/lib/time/clock";
import { makeTenant, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

const viewers = {} as Record<"author" | "partner" | "outsider", Actor>;
// Every brief of the test (they are published now), whatever today is.
const period = { from: isoDateFromToday(-3650), to: isoDateFromToday(365) };
const briefIds: string[] = [];

beforeAll(async () => {
  const home = await makeTenant("Home");
  const partner = await makeTenant("Partner");
  const outside = await makeTenant("Outside");
  const manager = home.admin;
  viewers.author = home.member;
  viewers.partner = partner.member;
  viewers.outsider = outside.member;
  const ws = await makeWorkspace(manager, [
    [viewers.author, "CONTRIBUTOR"],
    [viewers.partner, "VIEWER"],
  ]);
  await db().technologyArea.createMany({ data: defaultAreaRows().map((a) => ({ ...a, workspaceId: ws.id })) });
  const area = async (key: string) =>
    (await db().technologyArea.findFirstOrThrow({ where: { workspaceId: ws.id, key } })).id;
  const plan: [BriefFields["distribution"], string[], string[]][] = [
    ["PUBLIC", ["US", "KR"], ["ai", "quantum"]],
    ["COMMUNITY", ["US"], ["ai"]],
    ["WORKSPACE", ["KR"], ["semiconductors"]],
    ["INSTITUTION", ["US"], ["ai"]],
    ["WORKSPACE", ["JP"], ["quantum"]],
  ];
  for (const [distribution, countries, keys] of plan) {
    const b = await createBrief(viewers.author, {
      workspaceId: ws.id,
      title: `${distribution} ${countries.join("")}`,
      summary: "",
      body: "",
      category: "STRATEGY_PLANNING",
      distribution,
      countries,
      areas: await Promise.all(keys.map(area)),
      recipients: [],
      sources: [],
    });
    const s = await submitBrief(viewers.author, { briefId: b.id, version: b.version });
    await publishBrief(manager, { briefId: b.id, version: s.version });
    briefIds.push(b.id);
  }
});

async function expected(actor: Actor) {
  const counts = new Map<string, number>();
  for (const id of briefIds) {
    const brief = await getBrief(actor, id).catch(() => null);
    if (!brief) continue;
    for (const c of brief.countries)
      for (const a of brief.areas)
        counts.set(`${c.countryCode}:${a.area.key}`, (counts.get(`${c.countryCode}:${a.area.key}`) ?? 0) + 1);
  }
  return counts;
}

describe.each(["author", "partner", "outsider"] as const)("viewer: %s", (who) => {
  it("the country × area heatmap counts exactly the briefs the viewer may read", async () => {
    const cells = await countryAreaHeatmap(viewers[who], period);
    const got = new Map(cells.map((c) => [`${c.country}:${c.area}`, c.count]));
    expect(got).toEqual(await expected(viewers[who]));
  });

  it("the monthly timeline adds up to the readable briefs per country", async () => {
    const { countries, series } = await briefsPerMonth(viewers[who], period);
    for (const c of countries) {
      let readable = 0;
      for (const id of briefIds) {
        const brief = await getBrief(viewers[who], id).catch(() => null);
        if (brief?.countries.some((x) => x.countryCode === c)) readable++;
      }
      expect(series.reduce((sum, p) => sum + Number(p[c]), 0)).toBe(readable);
    }
  });
});

it("the heatmap CSV gives codes and the names the table shows, in the reader's language", async () => {
  const csv = await heatmapCsv(viewers.author, period, "zh");
  const lines = csv.split("\n");
  expect(lines[0]).toBe("country,countryName,area,areaName,briefs");
  expect(lines).toContain("KR,韩国,semiconductors,半导体与微电子,1");
  expect((await heatmapCsv(viewers.author, period, "en")).split("\n")).toContain(
    "JP,Japan,quantum,Quantum information,1",
  );
});

it("writes CSV the way spreadsheets read it", () => {
  expect(
    toCsv(
      ["a", "b"],
      [
        ["x, y", 2],
        ['say "hi"', 3],
      ],
      { newline: "\n" },
    ),
  ).toBe('a,b\n"x, y",2\n"say ""hi""",3');
});

it("fills the months between the first and the last, across a year end", () => {
  expect(monthsBetween("2023-11", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
  expect(monthsBetween("2024-05", "2024-05")).toEqual(["2024-05"]);
});

it("BriefFact, the monitoring read model, follows every edit of a brief, its countries and its areas", async () => {
  const facts = () => db().$queryRaw<unknown[]>`
    SELECT id, "countryCode", "areaId", "firstOfCountry", status::text, distribution::text, "publishedAt" FROM "BriefFact" WHERE id = ANY(${briefIds}) ORDER BY 1, 2, 3`;
  const fromBriefs = () => db().$queryRaw<unknown[]>`
    SELECT b.id, bc."countryCode", COALESCE(ba."areaId", '') AS "areaId",
           row_number() OVER (PARTITION BY b.id, bc."countryCode" ORDER BY ba."areaId") = 1 AS "firstOfCountry",
           b.status::text, b.distribution::text, b."publishedAt"
    FROM "Brief" b JOIN "BriefCountry" bc ON bc."briefId" = b.id LEFT JOIN "BriefTechnologyArea" ba ON ba."briefId" = b.id
    WHERE b.id = ANY(${briefIds}) ORDER BY 1, 2, 3`;
  expect(await facts()).toEqual(await fromBriefs());
  // Change countries, areas (to none) and distribution of a published brief, as its author.
  const brief = await getBrief(viewers.author, briefIds[0]);
  await saveBrief(viewers.author, {
    briefId: brief.id,
    version: brief.version,
    title: brief.title,
    summary: "",
    body: "",
    category: "STRATEGY_PLANNING",
    distribution: "WORKSPACE",
    countries: ["JP", "DE"],
    areas: [],
    recipients: [],
    sources: [],
  });
  const after = await facts();
  expect(after).toEqual(await fromBriefs());
  expect(after.filter((f) => (f as { id: string }).id === brief.id)).toEqual([
    expect.objectContaining({ countryCode: "DE", areaId: "", firstOfCountry: true, distribution: "WORKSPACE" }),
    expect.objectContaining({ countryCode: "JP", areaId: "", firstOfCountry: true, distribution: "WORKSPACE" }),
  ]);
  await db().brief.delete({ where: { id: briefIds[4] } });
  expect(await facts()).toEqual(await fromBriefs());
});
