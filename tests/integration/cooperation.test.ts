// Cooperation registry: statistics equal counts computed here from the rows each viewer may
// read; the demo data reproduces the city survey; CSV import writes all rows or none.
import { beforeAll, describe, expect, it } from "vitest";
import { share } from "@/lib/charts/dataset";
import { importActivities, parseActivityRows } from "@/lib/cooperation/import";
import { createActivity, deleteActivity, getActivity, listActivities, updateActivity } from "@/lib/cooperation/service";
import { cooperationStats } from "@/lib/cooperation/stats";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { cityCooperationSurvey } from "@/prisma/seed-cooperation";
import { expectAppError, makeTenant, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

const viewers = {} as Record<"surveyor" | "partner" | "outsider", Actor>;
let survey: string; // workspace with the city survey
let small: string; // a second workspace with a few activities
let reader: Actor; // VIEWER in `small`

const base = {
  organisationType: "UNIVERSITY" as const,
  partnerType: "UNIVERSITY" as const,
  field: "NEW_MATERIALS" as const,
  modes: ["JOINT_RD" as const],
  startDate: "2020-01-01",
};

beforeAll(async () => {
  const city = await makeTenant("City");
  const partner = await makeTenant("Partner");
  const outside = await makeTenant("Outside");
  viewers.surveyor = city.admin;
  viewers.partner = partner.admin;
  viewers.outsider = outside.admin;
  reader = partner.member;
  survey = (await makeWorkspace(city.admin)).id;
  small = (
    await makeWorkspace(partner.admin, [
      [city.admin, "CONTRIBUTOR"],
      [reader, "VIEWER"],
    ])
  ).id;
  await db().cooperationActivity.createMany({
    data: cityCooperationSurvey().map((a) => ({ ...a, workspaceId: survey, createdById: city.admin.id })),
  });
  for (const [organisation, partnerName, country, modes] of [
    ["Seoul Quantum Lab", "Delft University", "NL", ["JOINT_RD", "TALENT_EXCHANGE"]],
    ["Seoul Quantum Lab", "Delft University", "NL", ["STANDARDS"]],
    ["Busan Marine Institute", "Scripps Institution", "US", ["JOINT_RD"]],
  ] as const) {
    await createActivity(viewers.partner, {
      workspaceId: small,
      ...base,
      organisation,
      partner: partnerName,
      partnerCountry: country,
      modes: [...modes],
      endDate: undefined,
    });
  }
});

it("the demo data reproduces the city survey of domain.md", async () => {
  const stats = await cooperationStats(viewers.surveyor, survey, 2026);
  const year = (y: number) => stats.perYear.find((p) => p.year === y)?.organisations;
  expect([year(2012), year(2013), year(2014), year(2018)]).toEqual([28, 43, 261, 365]);
  expect(stats.totals.organisations).toBe(365);
  expect(stats.totals.countries).toBe(89);
  const pct = (tallies: { key: string; count: number }[], key: string, whole: number) =>
    Math.round(share(tallies.find((t) => t.key === key)?.count ?? 0, whole));
  const orgs = stats.totals.organisations;
  expect(
    ["ENTERPRISE", "UNIVERSITY", "RESEARCH_INSTITUTE", "INTERMEDIARY", "SCIENCE_PARK"].map((k) =>
      pct(stats.byOrganisationType, k, orgs),
    ),
  ).toEqual([40, 32, 18, 7, 3]);
  expect(["MEDICINE_HEALTH", "ENERGY_ENVIRONMENT"].map((k) => pct(stats.byField, k, orgs))).toEqual([31, 20]);
  const partners = stats.totals.partners;
  expect(["EU", "NA", "AS"].map((k) => pct(stats.byRegion, k, partners))).toEqual([43, 26, 24]);
  expect(pct(stats.byCountry, "US", partners)).toBe(20);
  // Activities usually have several modes.
  expect(stats.byMode.reduce((sum, m) => sum + m.count, 0)).toBeGreaterThan(stats.totals.activities);
});

describe.each(["surveyor", "partner", "outsider"] as const)("viewer: %s", (who) => {
  it("every aggregate equals the count over the activities the viewer may read", async () => {
    const memberships = await db().workspaceMembership.findMany({
      where: { userId: viewers[who].id },
      select: { workspaceId: true },
    });
    const rows = (
      await db().cooperationActivity.findMany({
        where: { workspaceId: { in: [survey, small] } },
        include: { partnerCountry: true },
      })
    ).filter((r) => memberships.some((m) => m.workspaceId === r.workspaceId));
    const all = await cooperationStats(viewers[who], undefined, 2026);
    const distinct = (values: string[]) => new Set(values).size;
    const partnerKey = (r: (typeof rows)[number]) => `${r.partner.toLowerCase()}|${r.partnerCountryCode}`;
    // Other tests' workspaces are not the viewer's, so the totals are exactly these rows.
    expect(all.totals).toEqual({
      activities: rows.length,
      organisations: distinct(rows.map((r) => r.organisation.toLowerCase())),
      partners: distinct(rows.map(partnerKey)),
      countries: distinct(rows.map((r) => r.partnerCountryCode)),
    });
    for (const r of all.byRegion)
      expect(r.count).toBe(distinct(rows.filter((x) => x.partnerCountry.region === r.key).map(partnerKey)));
    for (const r of all.byCountry)
      expect(r.count).toBe(distinct(rows.filter((x) => x.partnerCountryCode === r.key).map(partnerKey)));
    for (const r of all.byField)
      expect(r.count).toBe(distinct(rows.filter((x) => x.field === r.key).map((x) => x.organisation.toLowerCase())));
    for (const r of all.byMode) expect(r.count).toBe(rows.filter((x) => x.modes.includes(r.key as never)).length);
    for (const p of all.perYear) {
      const active = rows.filter(
        (x) => x.startDate.getUTCFullYear() <= p.year && (!x.endDate || x.endDate.getUTCFullYear() >= p.year),
      );
      expect(p.organisations).toBe(distinct(active.map((x) => x.organisation.toLowerCase())));
    }
    if (!rows.length) expect(all.perYear).toEqual([]);
    const listed = await listActivities(viewers[who], {}, 1000);
    expect(listed.total).toBe(rows.length);
  });
});

describe("registry", () => {
  it("filters by partner country, field, mode and words", async () => {
    const list = (filters: Parameters<typeof listActivities>[1]) =>
      listActivities(viewers.partner, { workspace: small, ...filters }).then((p) =>
        p.items.map((a) => a.partner).sort(),
      );
    expect(await list({ mode: "TALENT_EXCHANGE" })).toEqual(["Delft University"]);
    expect(await list({ mode: "JOINT_RD", country: "US" })).toEqual(["Scripps Institution"]);
    expect(await list({ field: "NEW_MATERIALS", q: "delft" })).toEqual(["Delft University", "Delft University"]);
    expect(await list({ field: "AEROSPACE" })).toEqual([]);
  });

  it("answers 404 outside the workspace and refuses a stale edit", async () => {
    const [activity] = (await listActivities(viewers.partner, { workspace: small })).items;
    await expectAppError(getActivity(viewers.outsider, activity.id), "NOT_FOUND");
    await expectAppError(
      updateActivity(viewers.outsider, {
        activityId: activity.id,
        version: activity.version,
        ...base,
        organisation: "X org",
        partner: "Y partner",
        partnerCountry: "DE",
        endDate: undefined,
      }),
      "NOT_FOUND",
    );
    await expectAppError(deleteActivity(reader, { activityId: activity.id, version: activity.version }), "FORBIDDEN");
    const saved = await updateActivity(viewers.partner, {
      activityId: activity.id,
      version: activity.version,
      ...base,
      organisation: "Renamed org",
      partner: "Y partner",
      partnerCountry: "DE",
      endDate: "2022-01-01",
    });
    expect(saved.version).toBe(activity.version + 1);
    await expectAppError(
      updateActivity(viewers.partner, {
        activityId: activity.id,
        version: activity.version,
        ...base,
        organisation: "Late",
        partner: "Y partner",
        partnerCountry: "DE",
        endDate: undefined,
      }),
      "CONFLICT",
      "stale_activity",
    );
    expect((await getActivity(viewers.partner, activity.id)).organisation).toBe("Renamed org");
  });

  it("reads types, fields and modes written in words, and reports each bad cell by row", () => {
    const { rows, errors } = parseActivityRows(
      "organisation,organisationType,partner,partnerType,partnerCountry,field,modes,startDate,endDate\n" +
        "Huaxin Co,enterprise,Charité,university,de,Medicine & health,joint R&D;talent exchange,2014-03-01,\n" +
        "B,SPACESHIP,Someone,UNIVERSITY,XX,MEDICINE_HEALTH,,2014-13-01,2013-01-01\n",
    );
    expect(rows[0].fields).toMatchObject({
      organisationType: "ENTERPRISE",
      partnerCountry: "DE",
      field: "MEDICINE_HEALTH",
      modes: ["JOINT_RD", "TALENT_EXCHANGE"],
    });
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(
      errors
        .filter((e) => e.row === 3)
        .map((e) => e.field)
        .sort(),
    ).toEqual(["modes", "organisation", "organisationType", "partnerCountry", "startDate"]);
    expect(errors.find((e) => e.field === "organisationType")).toMatchObject({
      value: "SPACESHIP",
      allowed: expect.arrayContaining(["ENTERPRISE", "UNIVERSITY"]),
    });
  });
});

describe("CSV import", () => {
  const header = "organisation,organisationType,partner,partnerType,partnerCountry,field,modes,startDate,endDate\n";
  const good =
    "Import One Co,ENTERPRISE,Alpha University,UNIVERSITY,FR,NEW_MATERIALS,JOINT_RD,2021-05-01,\nImport Two Co,UNIVERSITY,Beta GmbH,ENTERPRISE,DE,AEROSPACE,STANDARDS;MARKET_COOPERATION,2022-01-01,2024-01-01\n";
  const file = (text: string) => new File([text], "activities.csv", { type: "text/csv" });
  const count = () => db().cooperationActivity.count({ where: { workspaceId: small } });

  it("writes nothing when any row is wrong, and everything when all are right", async () => {
    const before = await count();
    const bad = `${header}${good}Import Three Co,ENTERPRISE,Gamma,UNIVERSITY,FR,NEW_MATERIALS,JOINT_RD,2023-01-01,2022-01-01\n`;
    const preview = await importActivities(viewers.partner, { workspaceId: small, file: file(bad), intent: "preview" });
    expect(preview.rows).toHaveLength(2);
    expect(preview.errors).toEqual([{ row: 4, field: "endDate", message: "end_before_start" }]);
    const error = await expectAppError(
      importActivities(viewers.partner, { workspaceId: small, file: file(bad), intent: "import" }),
      "VALIDATION",
      "import_has_errors",
    );
    expect((error.details as { errors: unknown[] }).errors).toHaveLength(1);
    expect(await count()).toBe(before);

    const done = await importActivities(viewers.partner, {
      workspaceId: small,
      file: file(header + good),
      intent: "import",
    });
    expect(done.imported).toBe(2);
    expect(await count()).toBe(before + 2);
  });

  it("is for contributors and managers of the workspace only", async () => {
    await expectAppError(
      importActivities(reader, { workspaceId: small, file: file(header + good), intent: "import" }),
      "FORBIDDEN",
    );
    await expectAppError(
      importActivities(viewers.outsider, { workspaceId: small, file: file(header + good), intent: "import" }),
      "NOT_FOUND",
    );
    await expectAppError(
      importActivities(viewers.partner, {
        workspaceId: small,
        file: file("organisation,partner\nA,B\n"),
        intent: "preview",
      }),
      "VALIDATION",
    );
  });
});
