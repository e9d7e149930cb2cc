// Demo consultation rounds (issue 12, item 5) on the Korea–US Joint Committee's AI agenda item,
// convened by the Korean side: a closed round with three answers (Korean and English
// organisations of the partner types in ../shared/reference/domain.md: industry association,
// university, enterprise) and a released summary; and an open round, deadline ten days from
// now, with one outside contact not yet sent a link (the manager sends it from the round's
// page; the link arrives in the outbox). Runs once (its own SystemState marker), after the
// committees.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { FeedbackKind } from "@/lib/generated/prisma/enums";
import { clock, DAY_MS } from "@/lib/time/clock";

const MARKER = "demo.consultations_seeded_at";
const COMMITTEE = "Korea–US Joint Committee on S&T Cooperation";
const ITEM = "AI: data sharing and labelling, LLMs, AI semiconductors";

const CLOSED = {
  question:
    "The joint AI data-sharing pilot needs labelled data from industry and universities. Under what conditions would your organisation contribute data, and what should the pilot avoid?",
  summary:
    "Three answers (an industry association, a university, a US enterprise). All support the pilot if data stays under each contributor's licence terms; the semiconductor association asks that outbound-investment rules be checked before partners are named; KAIST proposes a shared labelling guideline and an evaluation set held by a neutral host.",
  answers: [
    {
      email: "policy@ksia.example.kr",
      name: "김민지",
      locale: "ko",
      organisation: "한국반도체산업협회",
      sector: "산업 협회",
      position: "CONCERN" as FeedbackKind,
      text: "AI 반도체 기업의 참여는 환영하지만, 미국의 대외투자 제한 규정이 적용되는지 먼저 확인해야 합니다. 참여 기업 명단을 공개하기 전에 법률 검토가 필요합니다.",
      evidence: ["https://home.treasury.gov/policy-issues/international/outbound-investment-program"],
    },
    {
      email: "ai-grad@kaist.example.kr",
      name: "Park Jiwon",
      locale: "en",
      organisation: "KAIST Graduate School of AI",
      sector: "University",
      position: "PROPOSAL" as FeedbackKind,
      text: "We propose a shared labelling guideline for both sides and an evaluation set held by a neutral host, so that models trained on either side's data can be compared fairly.",
      evidence: [],
    },
    {
      email: "research@datalabs.example.com",
      name: "Emily Carter",
      locale: "en",
      organisation: "Northbridge Data Labs",
      sector: "Enterprise",
      position: "SUPPORT" as FeedbackKind,
      text: "We can contribute labelled evaluation data for large language models under our standard research licence, provided the pilot publishes its data-use terms before launch.",
      evidence: ["https://www.nist.gov/artificial-intelligence"],
    },
  ],
};

const OPEN = {
  question:
    "Which data-centre or NPU-farm projects should the committee scope first, and what capacity would your organisation need from them?",
  contact: { email: "jane.park@example.org", name: "Dr. Jane Park", locale: "en" },
};

export async function seedConsultations(prisma: PrismaClient): Promise<boolean> {
  if (await prisma.systemState.findUnique({ where: { key: MARKER } })) return false;
  const item = await prisma.agendaItem.findFirst({
    where: { title: ITEM, committee: { name: COMMITTEE } },
    include: { committee: { include: { sides: { orderBy: { position: "asc" } } } } },
  });
  const manager = await prisma.user.findUnique({ where: { email: "manager@stepi.demo" } });
  if (!item || !manager) return false;
  const korea = item.committee.sides[0];
  const now = clock.ms();
  await prisma.$transaction(async (tx) => {
    const deadline = new Date(now - 20 * DAY_MS);
    const closed = await tx.consultationRound.create({
      data: {
        agendaItemId: item.id,
        committeeId: item.committeeId,
        sideId: korea.id,
        question: CLOSED.question,
        deadline,
        timeZone: "Asia/Seoul",
        status: "RELEASED",
        summary: CLOSED.summary,
        releasedAt: new Date(now - 15 * DAY_MS),
        releasedById: manager.id,
        createdById: manager.id,
        createdAt: new Date(now - 40 * DAY_MS),
      },
    });
    for (const [i, a] of CLOSED.answers.entries()) {
      const invitee = await tx.consultationInvitee.create({
        data: {
          roundId: closed.id,
          email: a.email,
          name: a.name,
          locale: a.locale,
          sentAt: new Date(now - 39 * DAY_MS),
          expiresAt: deadline,
        },
      });
      await tx.consultationAnswer.create({
        data: {
          roundId: closed.id,
          inviteeId: invitee.id,
          organisation: a.organisation,
          sector: a.sector,
          position: a.position,
          text: a.text,
          evidence: a.evidence,
          createdAt: new Date(now - (30 - i) * DAY_MS),
        },
      });
    }
    const open = await tx.consultationRound.create({
      data: {
        agendaItemId: item.id,
        committeeId: item.committeeId,
        sideId: korea.id,
        question: OPEN.question,
        deadline: new Date(now + 10 * DAY_MS),
        timeZone: "Asia/Seoul",
        createdById: manager.id,
      },
    });
    await tx.consultationInvitee.create({
      data: { roundId: open.id, ...OPEN.contact, expiresAt: open.deadline },
    });
    await tx.systemState.create({ data: { key: MARKER, value: clock.now().toISOString() } });
  });
  return true;
}
