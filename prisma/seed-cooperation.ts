// Demo cooperation registry: one city's survey of organisations doing international S&T
// cooperation (../shared/reference/domain.md), generated deterministically so that the
// statistics page reproduces the survey: 28 organisations in 2012, 43 in 2013, 261 in 2014,
// 365 in 2018; enterprises 40%, universities 32%, research institutes 18%, intermediaries 7%,
// science parks 3%; medicine & health 31%, energy saving & environment 20%; partners in 89
// countries, Europe 43%, North America 26%, Asia 24%, the US alone 20%.
// Runs once (its own SystemState marker), into CASISD's workspace.
import type {
  CooperationField,
  CooperationMode,
  CooperationOrgType,
  PartnerType,
  PrismaClient,
} from "@/lib/generated/prisma/client";
import { clock } from "@/lib/time/clock";

const MARKER = "demo.cooperation_seeded_at";
const WORKSPACE = "S&T policy watch (CASISD)";

/** `counts` spread into a list of values, e.g. { A: 2, B: 1 } → [A, A, B]. */
function expand<T extends string | number>(counts: [T, number][]): T[] {
  return counts.flatMap(([value, n]) => Array<T>(n).fill(value));
}

/** `total` partners over `codes`: the leading ones get the given counts, the rest share what is left evenly. */
function allocate(total: number, codes: string[], leading: number[]): [string, number][] {
  const rest = codes.length - leading.length;
  const left = total - leading.reduce((a, b) => a + b, 0);
  return codes.map((code, i) => [
    code,
    i < leading.length ? leading[i] : Math.floor(left / rest) + (i - leading.length < left % rest ? 1 : 0),
  ]);
}

const EUROPE =
  "DE GB FR IT NL SE CH ES BE AT DK FI NO IE PL CZ PT GR HU RO BG HR SI SK LT LV EE LU IS MT CY RS UA BY MD ME".split(
    " ",
  );
const ASIA = "JP KR SG IN IL TW HK MY TH VN ID PH PK BD LK NP KZ UZ AE SA QA KW OM BH JO LB MN KH LA MM BN TR".split(
  " ",
);
const OTHER = "AU BR NZ FJ AR CL CO PE UY EC ZA EG NG KE MA ET GH TN".split(" ");

/** 500 partner countries: Europe 215 (43%), North America 130 (26%; US 100 = 20%), Asia 120 (24%), elsewhere 35 (7%). */
export function partnerCountries(): string[] {
  return expand([
    ...allocate(215, EUROPE, [40, 30, 24, 12, 12, 10, 10, 8, 6, 6, 5, 5]),
    ["US", 100],
    ["CA", 22],
    ["MX", 8],
    ...allocate(120, ASIA, [28, 18, 12, 10, 8, 6]),
    ...allocate(35, OTHER, [8, 5]),
  ]);
}

const ORG_TYPES = expand<CooperationOrgType>([
  ["ENTERPRISE", 146],
  ["UNIVERSITY", 117],
  ["RESEARCH_INSTITUTE", 65],
  ["INTERMEDIARY", 26],
  ["SCIENCE_PARK", 11],
]);
const FIELDS = expand<CooperationField>([
  ["MEDICINE_HEALTH", 113],
  ["ENERGY_ENVIRONMENT", 73],
  ["INFORMATION_TECHNOLOGY", 70],
  ["ADVANCED_MANUFACTURING", 50],
  ["NEW_MATERIALS", 35],
  ["AGRICULTURE_FOOD", 24],
]);
// First year of cooperation: 28 by 2012, 43 by 2013, 261 by 2014, 365 by 2018.
const FIRST_YEARS = expand<number>([
  [2010, 10],
  [2011, 8],
  [2012, 10],
  [2013, 15],
  [2014, 218],
  [2015, 30],
  [2016, 28],
  [2017, 26],
  [2018, 20],
]);
const PARTNER_TYPES: PartnerType[] = [
  "UNIVERSITY",
  "ENTERPRISE",
  "RESEARCH_INSTITUTE",
  "UNIVERSITY",
  "ENTERPRISE",
  "GOVERNMENT",
  "UNIVERSITY",
  "RESEARCH_INSTITUTE",
  "INDUSTRY_ASSOCIATION",
  "INTERNATIONAL_ORGANISATION",
];

const SYLLABLES = [
  "Hua",
  "Xin",
  "Zhong",
  "Tian",
  "Kang",
  "Rui",
  "Heng",
  "Jin",
  "Long",
  "Feng",
  "Sheng",
  "Ming",
  "Yuan",
  "Tai",
  "Bo",
  "Hong",
  "An",
  "Da",
  "Chuang",
  "Wei",
];
const ORG_SUFFIX: Record<CooperationOrgType, string> = {
  ENTERPRISE: "Technology Co., Ltd.",
  UNIVERSITY: "University",
  RESEARCH_INSTITUTE: "Research Institute",
  INTERMEDIARY: "Technology Transfer Centre",
  SCIENCE_PARK: "Science Park",
  GOVERNMENT: "Bureau",
  OTHER: "Centre",
};
const PARTNER_STEMS = [
  "Northgate",
  "Riverside",
  "Lakeshore",
  "Hillcrest",
  "Westbrook",
  "Eastfield",
  "Stonebridge",
  "Fairhaven",
  "Oakmont",
  "Silverton",
  "Brightwater",
  "Greenvale",
  "Kingsway",
  "Redwood",
  "Clearwater",
  "Highland",
  "Meadowbank",
  "Ashford",
  "Bayview",
  "Summit",
  "Harbour",
  "Crestview",
  "Elmwood",
  "Granite",
  "Sunridge",
];
const PARTNER_WORD: Record<PartnerType, string> = {
  UNIVERSITY: "University",
  ENTERPRISE: "Technologies",
  RESEARCH_INSTITUTE: "Institute of Technology",
  GOVERNMENT: "Innovation Agency",
  INTERNATIONAL_ORGANISATION: "International Centre",
  INDUSTRY_ASSOCIATION: "Industry Association",
};

function modesOf(i: number): CooperationMode[] {
  const modes: CooperationMode[] = [];
  if (i % 10 < 7) modes.push("JOINT_RD");
  if (i % 3 === 0) modes.push("TECHNOLOGY_TRANSFER");
  if (i % 4 === 1) modes.push("MARKET_COOPERATION");
  if (i % 5 === 0 || i % 5 === 2) modes.push("TALENT_EXCHANGE");
  if (i % 9 === 4) modes.push("STANDARDS");
  return modes.length ? modes : ["JOINT_RD"];
}

export interface DemoActivity {
  organisation: string;
  organisationType: CooperationOrgType;
  partner: string;
  partnerType: PartnerType;
  partnerCountryCode: string;
  field: CooperationField;
  modes: CooperationMode[];
  startDate: Date;
  endDate: Date | null;
}

/** 365 organisations, 500 partners, 500 activities (135 organisations have a second one). */
export function cityCooperationSurvey(): DemoActivity[] {
  const countries = partnerCountries();
  const used = new Set<string>();
  const partners = countries.map((code, j) => {
    const type = PARTNER_TYPES[j % PARTNER_TYPES.length];
    let name = `${PARTNER_STEMS[j % PARTNER_STEMS.length]} ${PARTNER_WORD[type]}`;
    for (let n = 2; used.has(`${name}|${code}`); n++)
      name = `${PARTNER_STEMS[j % PARTNER_STEMS.length]} ${PARTNER_WORD[type]} ${n}`;
    used.add(`${name}|${code}`);
    return { partner: name, partnerType: type, partnerCountryCode: code };
  });
  // Spread each attribute with a different stride (coprime with 365 / 500) so they mix.
  const org = (i: number) => {
    const type = ORG_TYPES[(i * 11) % 365];
    return {
      organisation: `${SYLLABLES[i % 20]}${SYLLABLES[Math.floor(i / 20) % 20].toLowerCase()} ${ORG_SUFFIX[type]}`,
      organisationType: type,
      field: FIELDS[(i * 7) % 365],
      firstYear: FIRST_YEARS[(i * 13) % 365],
    };
  };
  const partner = (n: number) => partners[(n * 3) % 500];
  const day = (year: number, month: number) => new Date(Date.UTC(year, month, 1));
  const activities: DemoActivity[] = [];
  for (let i = 0; i < 365; i++) {
    const o = org(i);
    activities.push({
      organisation: o.organisation,
      organisationType: o.organisationType,
      field: o.field,
      ...partner(i),
      modes: modesOf(i),
      startDate: day(o.firstYear, i % 12),
      endDate: null,
    });
  }
  for (let i = 0; i < 135; i++) {
    const o = org(i);
    const start = Math.min(o.firstYear + 1 + (i % 3), 2025);
    activities.push({
      organisation: o.organisation,
      organisationType: o.organisationType,
      field: o.field,
      ...partner(365 + i),
      modes: modesOf(i + 7),
      startDate: day(start, (i * 5) % 12),
      endDate: i % 4 === 0 ? day(start + 2, (i * 5) % 12) : null,
    });
  }
  return activities;
}

export async function seedCooperation(prisma: PrismaClient): Promise<boolean> {
  if (await prisma.systemState.findUnique({ where: { key: MARKER } })) return false;
  const workspace = await prisma.workspace.findFirst({
    where: { name: WORKSPACE },
    include: { memberships: { where: { role: "MANAGER" }, take: 1 } },
  });
  if (!workspace?.memberships[0]) return false;
  await prisma.$transaction(async (tx) => {
    await tx.cooperationActivity.createMany({
      data: cityCooperationSurvey().map((a) => ({
        ...a,
        workspaceId: workspace.id,
        createdById: workspace.memberships[0].userId,
      })),
    });
    await tx.systemState.create({ data: { key: MARKER, value: clock.now().toISOString() } });
  });
  return true;
}
