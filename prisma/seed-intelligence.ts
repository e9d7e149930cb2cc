// Demo country intelligence from ../shared/reference/domain.md (Aug–Oct 2023), in English,
// Chinese and Korean, spread across distribution levels, statuses and institutions. Runs once
// (its own SystemState marker), after the base demo data.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { defaultAreaRows } from "@/lib/reference/technology-areas";
import { clock } from "@/lib/time/clock";
import { CHINA_WATCH, DEMO_BRIEFS, KOREA_US } from "./demo-briefs";

const MARKER = "demo.intelligence_seeded_at";

export async function seedIntelligence(prisma: PrismaClient): Promise<boolean> {
  if (await prisma.systemState.findUnique({ where: { key: MARKER } })) return false;
  await prisma.$transaction(async (tx) => {
    const users = new Map(
      (await tx.user.findMany({ where: { email: { endsWith: ".demo" } } })).map((u) => [u.email, u]),
    );
    const user = (email: string) => {
      const found = users.get(email);
      if (!found) throw new Error(`demo user ${email} is missing`);
      return found;
    };
    let china = await tx.workspace.findFirst({ where: { name: CHINA_WATCH } });
    if (!china) {
      const wang = user("admin@casisd.demo");
      china = await tx.workspace.create({
        data: {
          name: CHINA_WATCH,
          description:
            "CASISD's monitoring of other countries' S&T strategies, shared with partner institutes at community level.",
          hostInstitutionId: wang.institutionId!,
          createdById: wang.id,
          memberships: { create: [{ userId: wang.id, role: "MANAGER" }] },
        },
      });
    }
    const workspaces = await tx.workspace.findMany({
      where: { name: { in: [KOREA_US, CHINA_WATCH, "Camp David trilateral follow-up"] } },
    });
    for (const ws of workspaces) {
      await tx.technologyArea.createMany({
        data: defaultAreaRows().map((a) => ({ ...a, workspaceId: ws.id })),
        skipDuplicates: true,
      });
    }
    const workspaceId = new Map(workspaces.map((w) => [w.name, w.id]));
    const areas = await tx.technologyArea.findMany({ where: { workspaceId: { in: [...workspaceId.values()] } } });
    const areaId = (ws: string, key: string) => areas.find((a) => a.workspaceId === ws && a.key === key)!.id;
    const manager = user("manager@stepi.demo");
    const created = new Map<string, string>();
    for (const b of DEMO_BRIEFS) {
      const wsId = workspaceId.get(b.workspace)!;
      const author = user(b.author);
      const reviewer = b.workspace === CHINA_WATCH ? author : manager;
      const publishedAt = b.published ? new Date(`${b.published}T09:00:00Z`) : null;
      const brief = await tx.brief.create({
        data: {
          workspaceId: wsId,
          institutionId: author.institutionId!,
          authorId: author.id,
          title: b.title,
          summary: b.summary,
          body: b.body,
          category: b.category,
          distribution: b.distribution,
          status: b.status,
          sources: b.sources,
          publishedAt,
          submittedAt: b.status === "DRAFT" ? null : (publishedAt ?? clock.now()),
          reviewedById: b.status === "PUBLISHED" ? reviewer.id : null,
          countries: { createMany: { data: b.countries.map((countryCode) => ({ countryCode })) } },
          areas: { createMany: { data: b.areas.map((key) => ({ areaId: areaId(wsId, key) })) } },
          recipients: { createMany: { data: (b.recipients ?? []).map((email) => ({ userId: user(email).id })) } },
        },
      });
      created.set(b.title, brief.id);
      if (b.status === "PUBLISHED") {
        await tx.briefRevision.create({
          data: {
            briefId: brief.id,
            number: 1,
            title: b.title,
            summary: b.summary,
            body: b.body,
            category: b.category,
            distribution: b.distribution,
            sources: b.sources,
            countryCodes: b.countries,
            editorId: reviewer.id,
            createdAt: publishedAt!,
          },
        });
      }
    }
    const koreaUs = workspaceId.get(KOREA_US)!;
    const profiles = [
      {
        countryCode: "US",
        summary:
          "Federal R&D is led by OSTP and funded through agencies (NSF, DOE, NIH, DoD, NIST). The CHIPS and Science Act (2022) authorises a large expansion of semiconductor and research funding. FFRDCs such as IDA STPI advise on critical and emerging technologies.",
        keyAgencies:
          "OSTP, OMB, NSF, DOE (national laboratories), NIST, Department of Commerce (BIS), Treasury (outbound investment)",
        strategicTechnologies:
          "Critical and Emerging Technologies list; 8 CET areas overlapping Korea's 12 national strategic technologies",
      },
      {
        countryCode: "KR",
        summary:
          "MSIT coordinates S&T policy; R&D intensity 4.93% of GDP (2021). The National Strategic Technology Special Committee sets mission-oriented roadmaps for 12 national strategic technologies.",
        keyAgencies: "MSIT, KISTEP, NST and government research institutes, STEPI",
        strategicTechnologies:
          "12 national strategic technologies, incl. semiconductors & displays, secondary batteries, advanced mobility, next-generation nuclear, advanced bio, aerospace, hydrogen, cybersecurity, AI, next-generation communications, advanced robotics, quantum",
      },
    ];
    for (const { countryCode, ...text } of profiles) {
      await tx.countryProfile.create({
        data: {
          workspaceId: koreaUs,
          countryCode,
          ...text,
          revisions: { create: { version: 1, ...text, editorId: manager.id } },
        },
      });
    }
    // Lee Seo-yeon follows the United States; Emily Carter follows quantum.
    await tx.watch.createMany({
      data: [
        { userId: user("analyst@stepi.demo").id, target: "COUNTRY", targetKey: "US" },
        { userId: user("analyst@stpi.demo").id, target: "TECHNOLOGY_AREA", targetKey: "quantum" },
      ],
      skipDuplicates: true,
    });
    const chips = created.get("CHIPS and Science Act, one year on")!;
    await tx.briefComment.create({
      data: {
        briefId: chips,
        authorId: manager.id,
        body: "@Lee Seo-yeon could you add the workforce figures to the talent-exchange item for the next Joint Committee session?",
      },
    });
    await tx.notification.create({
      data: { userId: user("analyst@stepi.demo").id, kind: "MENTION", briefId: chips, actorId: manager.id },
    });
    const bulletin = await tx.bulletin.create({
      data: {
        workspaceId: koreaUs,
        title: "S&T Policy Monitor",
        year: 2023,
        numberInYear: 10,
        overallNumber: 112,
        issueDate: new Date("2023-10-05T00:00:00Z"),
        // The masthead and "本期要目" as the academy's bulletin prints them: one line per item.
        seriesName: "科技政策动态",
        highlights: [
          "美国《芯片与科学法》实施一周年",
          "美国限制对半导体、量子信息技术和人工智能领域的对外投资",
          "美国国家标准与技术研究院向国会提交关键与新兴技术报告",
          "美国能源部《2023年关键材料评估》：8类能源技术涉及38种材料",
          "韩国发布16项关键技术任务导向型路线图",
          "日本科学技术与学术政策研究所发布《科学技术指标2023》",
        ],
        editors: { create: [{ userId: manager.id }] },
      },
    });
    const selection = [
      "CHIPS and Science Act, one year on",
      "US executive order restricts outbound investment in semiconductors, quantum and AI",
      "NIST report to Congress on critical technologies",
      "DOE 2023 Critical Materials Assessment: 38 materials across 8 energy technologies",
      "Korea's mission-oriented roadmap for 16 key technologies",
      "NISTEP Science & Technology Indicators 2023",
    ];
    await tx.bulletinItem.createMany({
      data: selection.map((title, position) => ({
        bulletinId: bulletin.id,
        briefId: created.get(title)!,
        position,
        editorNames:
          DEMO_BRIEFS.find((b) => b.title === title)!.author === "analyst@stpi.demo" ? "Emily Carter" : "Lee Seo-yeon",
      })),
    });
    await tx.systemState.create({ data: { key: MARKER, value: clock.now().toISOString() } });
  });
  return true;
}
