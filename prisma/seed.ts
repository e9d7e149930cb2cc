// Demo data, loaded once into the embedded default (or with ACCORD_DEMO=1): real institutions
// and the Korea–US S&T partnership from ../shared/reference/domain.md. Idempotent: a marker in
// SystemState means it never runs again over the user's changes.
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { InstitutionRole, WorkspaceRole } from "@/lib/generated/prisma/enums";
import { clock } from "@/lib/time/clock";
import { HOME_ZONES } from "@/lib/time/home-times";
import { seedConsultations } from "./demo-consultations";
import { seedDelegations } from "./demo-delegations";
import { seedCommittees } from "./seed-committees";
import { seedCooperation } from "./seed-cooperation";
import { seedIntelligence } from "./seed-intelligence";

export const DEMO_PASSWORD = "accord-demo-2026";
const MARKER = "demo.seeded_at";

const institutions = [
  {
    key: "stepi",
    name: "Science and Technology Policy Institute",
    shortName: "STEPI",
    countryCode: "KR",
    type: "RESEARCH_INSTITUTE",
  },
  {
    key: "casisd",
    name: "Institutes of Science and Development, Chinese Academy of Sciences",
    shortName: "CASISD",
    countryCode: "CN",
    type: "RESEARCH_INSTITUTE",
  },
  {
    key: "stpi",
    name: "IDA Science and Technology Policy Institute (FFRDC)",
    shortName: "IDA STPI",
    countryCode: "US",
    type: "THINK_TANK",
  },
  {
    key: "nistep",
    name: "National Institute of Science and Technology Policy",
    shortName: "NISTEP",
    countryCode: "JP",
    type: "GOVERNMENT",
  },
] as const;

type InstitutionKey = (typeof institutions)[number]["key"];
const countryOf = new Map<string, string>(institutions.map((i) => [i.key, i.countryCode]));

export const demoAccounts: {
  email: string;
  name: string;
  institution: InstitutionKey | null;
  role: InstitutionRole;
  operator?: boolean;
  describe: string;
}[] = [
  {
    email: "operator@accord.demo",
    name: "Platform Operator",
    institution: null,
    role: "MEMBER",
    operator: true,
    describe: "platform operator",
  },
  {
    email: "admin@stepi.demo",
    name: "Kim Min-ji",
    institution: "stepi",
    role: "ADMIN",
    describe: "institution admin (STEPI)",
  },
  {
    email: "manager@stepi.demo",
    name: "Park Ji-hoon",
    institution: "stepi",
    role: "MEMBER",
    describe: "workspace manager (STEPI)",
  },
  {
    email: "analyst@stepi.demo",
    name: "Lee Seo-yeon",
    institution: "stepi",
    role: "MEMBER",
    describe: "workspace contributor (STEPI)",
  },
  {
    email: "analyst@stpi.demo",
    name: "Emily Carter",
    institution: "stpi",
    role: "MEMBER",
    describe: "partner contributor (IDA STPI)",
  },
  {
    email: "viewer@nistep.demo",
    name: "Sato Haruto",
    institution: "nistep",
    role: "MEMBER",
    describe: "workspace viewer (NISTEP)",
  },
  {
    email: "admin@casisd.demo",
    name: "Wang Lei",
    institution: "casisd",
    role: "ADMIN",
    describe: "institution admin (CASISD), outside the workspace",
  },
];

const workspaces: {
  name: string;
  description: string;
  host: InstitutionKey;
  creator: string;
  members: [string, WorkspaceRole][];
}[] = [
  {
    name: "Korea–US S&T partnership",
    description:
      "Joint Committee on S&T Cooperation under the 1976 Korea–US agreement, and the Next-Generation Critical and Emerging Technologies Dialogue launched after the 2022 and 2023 summits.",
    host: "stepi",
    creator: "manager@stepi.demo",
    members: [
      ["manager@stepi.demo", "MANAGER"],
      ["analyst@stepi.demo", "CONTRIBUTOR"],
      ["analyst@stpi.demo", "CONTRIBUTOR"],
      ["viewer@nistep.demo", "VIEWER"],
    ],
  },
  {
    name: "Camp David trilateral follow-up",
    description:
      "Follow-up of the US–Japan–Korea Camp David summit (18 Aug 2023): supply-chain early warning pilot, national laboratory cooperation, standards cooperation.",
    host: "stpi",
    creator: "analyst@stpi.demo",
    members: [
      ["analyst@stpi.demo", "MANAGER"],
      ["manager@stepi.demo", "CONTRIBUTOR"],
      ["viewer@nistep.demo", "VIEWER"],
    ],
  },
];

export function demoAccountsBanner(baseUrl = ""): string {
  const width = Math.max(...demoAccounts.map((a) => a.email.length));
  const lines = demoAccounts.map((a) => `  ${a.email.padEnd(width)}  ${a.describe}`);
  return [
    `Accord demo sign-in accounts${baseUrl ? ` for ${baseUrl}` : ""} (password "${DEMO_PASSWORD}" unless changed since):`,
    ...lines,
  ].join("\n");
}

export async function seedDemoData(prisma: PrismaClient): Promise<{ created: boolean; accountsBanner: string }> {
  const banner = demoAccountsBanner(process.env.ACCORD_BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`);
  if (await prisma.systemState.findUnique({ where: { key: MARKER } })) {
    // Installations seeded before the intelligence demo existed get it once, too.
    const intelligence = await seedIntelligence(prisma);
    const committees = await seedCommittees(prisma);
    const cooperation = await seedCooperation(prisma);
    const delegations = await seedDelegations(prisma);
    const consultations = await seedConsultations(prisma);
    return {
      created: intelligence || committees || cooperation || delegations || consultations,
      accountsBanner: banner,
    };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(async (tx) => {
    const institutionIds = new Map<string, string>();
    for (const { key, ...data } of institutions) {
      const row = await tx.institution.upsert({ where: { shortName: data.shortName }, update: {}, create: data });
      institutionIds.set(key, row.id);
    }
    const userIds = new Map<string, string>();
    for (const account of demoAccounts) {
      const row = await tx.user.upsert({
        where: { email: account.email },
        update: {},
        create: {
          email: account.email,
          name: account.name,
          passwordHash,
          institutionId: account.institution ? institutionIds.get(account.institution) : null,
          institutionRole: account.role,
          isPlatformOperator: !!account.operator,
          locale: account.institution === "casisd" ? "zh" : "en",
          // Their institution's home zone (Seoul, Washington, Beijing, Tokyo); the operator has
          // none yet and is asked at first sign-in.
          timeZone: account.institution ? (HOME_ZONES[countryOf.get(account.institution)!] ?? null) : null,
        },
      });
      userIds.set(account.email, row.id);
    }
    for (const ws of workspaces) {
      const existing = await tx.workspace.findFirst({ where: { name: ws.name } });
      if (existing) continue;
      await tx.workspace.create({
        data: {
          name: ws.name,
          description: ws.description,
          hostInstitutionId: institutionIds.get(ws.host)!,
          createdById: userIds.get(ws.creator)!,
          memberships: { create: ws.members.map(([email, role]) => ({ userId: userIds.get(email)!, role })) },
        },
      });
    }
    await tx.systemState.create({ data: { key: MARKER, value: clock.now().toISOString() } });
  });
  await seedIntelligence(prisma);
  await seedCommittees(prisma);
  await seedCooperation(prisma);
  await seedDelegations(prisma);
  await seedConsultations(prisma);
  return { created: true, accountsBanner: banner };
}
