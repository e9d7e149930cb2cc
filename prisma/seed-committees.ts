// Demo committees from ../shared/reference/domain.md: the Korea–US Joint Committee on S&T
// Cooperation (1976 agreement) with its 2023 session and agenda items, and the 2023
// US–Japan–Korea Camp David summit's technology commitments; follow-ups in every status,
// some overdue. Runs once (its own SystemState marker), after the other demo data.

import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AgendaItemStatus, DecisionType, FollowUpStatus, Priority } from "@/lib/generated/prisma/enums";
import { clock, isoDateFromToday } from "@/lib/time/clock";
import { zonedToUtc } from "@/lib/time/zones";

const MARKER = "demo.committees_seeded_at";

// Demo dates that must mean the same whatever day the demo is first loaded: some follow-ups
// overdue, some due within 14 days, the next session ahead. The 2023 sessions are history.
const fromToday = (days: number) => isoDateFromToday(days);
const nextSessionDay = fromToday(75);

interface DemoFollowUp {
  title: string;
  due: string;
  status: FollowUpStatus;
  progress: number;
  priority: Priority;
  leads: string[];
  assignees: string[];
  updates?: { by: string; text: string; progress: number; to: FollowUpStatus }[];
}

interface DemoItem {
  title: string;
  briefs?: string[];
  feedback?: { by: string; kind: "SUPPORT" | "CONCERN" | "PROPOSAL"; text: string }[];
  description: string;
  side: number;
  area?: string;
  status: AgendaItemStatus;
  decision?: { type: DecisionType; text: string };
  nextSession?: boolean;
  followUps: DemoFollowUp[];
}

interface DemoCommittee {
  workspace: string;
  name: string;
  kind: "JOINT_COMMITTEE" | "SUMMIT";
  description: string;
  agreementTitle: string;
  agreementDate?: string;
  countries: string[];
  sides: { name: string; institution: string; coChair: string }[];
  held: { title: string; start: string; end: string; timeZone: string; place: string; minutes?: string };
  next?: { title: string; start: string; end: string; timeZone: string; place: string; onlineUrl: string };
  items: DemoItem[];
}

const committees: DemoCommittee[] = [
  {
    workspace: "Korea–US S&T partnership",
    name: "Korea–US Joint Committee on S&T Cooperation",
    kind: "JOINT_COMMITTEE",
    description:
      'Meets periodically under the 1976 Korea–US S&T Cooperation Agreement. Since the 2022 and 2023 summits the relationship moves "from cooperation to alliance", with a Next-Generation Critical and Emerging Technologies Dialogue.',
    agreementTitle: "Korea–US S&T Cooperation Agreement (1976)",
    countries: ["KR", "US"],
    sides: [
      { name: "Korea", institution: "STEPI", coChair: "manager@stepi.demo" },
      { name: "United States", institution: "IDA STPI", coChair: "analyst@stpi.demo" },
    ],
    held: {
      title: "2023 Joint Committee session",
      start: "2023-12-12T10:00",
      end: "2023-12-12T17:00",
      timeZone: "Asia/Seoul",
      place: "Seoul",
      minutes:
        "## Summary\n\nThe committee reviewed cooperation since the 2022 and 2023 summits and agreed to move **from cooperation to alliance** in critical and emerging technologies.\n\n- AI: a joint data-sharing pilot; scope an NPU-farm project.\n- Quantum: study researcher quotas for the talent exchange.\n- A joint fund for basic and applied research: each side drafts terms.\n- A joint interdisciplinary working group is established.\n- Think tanks build a shared database of technology trends.",
    },
    next: {
      title: "Washington Joint Committee session",
      start: `${nextSessionDay}T09:00`,
      end: `${nextSessionDay}T12:00`,
      timeZone: "America/New_York",
      place: "Washington, DC",
      onlineUrl: "https://meet.example.org/joint-committee-washington",
    },
    items: [
      {
        title: "AI: data sharing and labelling, LLMs, AI semiconductors",
        briefs: [
          "US executive order restricts outbound investment in semiconductors, quantum and AI",
          "NIST report to Congress on critical technologies",
        ],
        feedback: [
          {
            by: "analyst@stpi.demo",
            kind: "SUPPORT",
            text: "US FFRDCs are ready to share labelled evaluation data for the pilot.",
          },
          {
            by: "analyst@stepi.demo",
            kind: "CONCERN",
            text: "Outbound-investment rules may limit which AI-semiconductor firms can join; check before naming partners.",
          },
        ],
        description:
          "Data sharing and labelling, large language models, AI semiconductors; data-centre and NPU-farm projects.",
        side: 0,
        area: "ai",
        status: "IN_PROGRESS",
        decision: { type: "AGREED", text: "Launch a joint AI data-sharing pilot and scope an NPU-farm project." },
        nextSession: true,
        followUps: [
          {
            title: "Launch the AI data-sharing pilot",
            due: fromToday(10),
            status: "IN_PROGRESS",
            progress: 60,
            priority: "HIGH",
            leads: ["STEPI", "IDA STPI"],
            assignees: ["analyst@stepi.demo", "analyst@stpi.demo"],
            updates: [
              {
                by: "analyst@stepi.demo",
                text: "Data-labelling guidelines agreed with partner institutes.",
                progress: 30,
                to: "IN_PROGRESS",
              },
              {
                by: "analyst@stpi.demo",
                text: "US data providers identified; legal review of the sharing agreement under way.",
                progress: 60,
                to: "IN_PROGRESS",
              },
            ],
          },
          {
            title: "Scope the NPU-farm project",
            due: "2025-06-30",
            status: "CANCELLED",
            progress: 10,
            priority: "LOW",
            leads: ["STEPI"],
            assignees: ["analyst@stepi.demo"],
            updates: [
              {
                by: "manager@stepi.demo",
                text: "Folded into the data-centre track; cancelled here.",
                progress: 10,
                to: "CANCELLED",
              },
            ],
          },
        ],
      },
      {
        title: "Quantum computing: talent exchange and researcher quotas",
        briefs: ["OECD: diverse career paths for doctoral and postdoctoral researchers"],
        feedback: [
          {
            by: "analyst@stpi.demo",
            kind: "PROPOSAL",
            text: "Start with 20 researchers a year each way, reviewed after two years.",
          },
        ],
        description:
          "Korea joined the Entanglement Exchange in April 2023; next is a quota of researchers exchanged each year.",
        side: 0,
        area: "quantum",
        status: "IN_PROGRESS",
        decision: { type: "FURTHER_STUDY", text: "Study researcher quotas and report at the next session." },
        nextSession: true,
        followUps: [
          {
            title: "Agree researcher quotas for the quantum exchange",
            due: fromToday(5),
            status: "BLOCKED",
            progress: 40,
            priority: "HIGH",
            leads: ["IDA STPI"],
            assignees: ["analyst@stpi.demo"],
            updates: [
              {
                by: "analyst@stpi.demo",
                text: "Waiting for the visa framework from both ministries.",
                progress: 40,
                to: "BLOCKED",
              },
            ],
          },
        ],
      },
      {
        title: "Joint fund for basic and applied research",
        description: "A joint fund for basic and applied research: matched funding, a common pot or parallel calls.",
        side: 1,
        status: "ADOPTED",
        decision: { type: "FURTHER_STUDY", text: "Each side to draft terms for a joint fund." },
        nextSession: true,
        followUps: [
          {
            title: "Draft terms of the joint research fund",
            due: fromToday(-32),
            status: "OPEN",
            progress: 0,
            priority: "MEDIUM",
            leads: ["STEPI", "IDA STPI"],
            assignees: ["manager@stepi.demo"],
          },
        ],
      },
      {
        title: "Joint interdisciplinary working group",
        description: "A standing working group across disciplines to prepare items between sessions.",
        side: 1,
        status: "CONCLUDED",
        decision: { type: "AGREED", text: "Establish the joint interdisciplinary working group." },
        followUps: [
          {
            title: "Set up the joint interdisciplinary working group",
            due: "2024-06-30",
            status: "DONE",
            progress: 100,
            priority: "MEDIUM",
            leads: ["STEPI"],
            assignees: ["manager@stepi.demo"],
            updates: [
              {
                by: "manager@stepi.demo",
                text: "Terms of reference signed; first meeting held.",
                progress: 100,
                to: "DONE",
              },
            ],
          },
        ],
      },
      {
        title: "Think-tank cooperation on monitoring critical technologies",
        description:
          "US FFRDCs with Korean institutes monitor critical technologies jointly, including a shared database of technology trends.",
        side: 0,
        area: "semiconductors",
        status: "IN_PROGRESS",
        decision: { type: "AGREED", text: "Build a shared database of technology trends." },
        followUps: [
          {
            title: "Shared database of technology trends: data model",
            due: fromToday(-21),
            status: "IN_PROGRESS",
            progress: 70,
            priority: "MEDIUM",
            leads: ["IDA STPI", "STEPI"],
            assignees: ["analyst@stpi.demo", "analyst@stepi.demo"],
            updates: [
              {
                by: "analyst@stpi.demo",
                text: "Taxonomy aligned with the 8 US CET areas and Korea's 12 strategic technologies.",
                progress: 70,
                to: "IN_PROGRESS",
              },
            ],
          },
        ],
      },
    ],
  },
  {
    workspace: "Camp David trilateral follow-up",
    name: "US–Japan–Korea trilateral summit (Camp David)",
    kind: "SUMMIT",
    description: "Technology commitments of the Camp David summit of 18 August 2023.",
    agreementTitle: "Camp David Principles and Joint Statement",
    agreementDate: "2023-08-18",
    countries: ["US", "JP", "KR"],
    sides: [
      { name: "United States", institution: "IDA STPI", coChair: "analyst@stpi.demo" },
      { name: "Japan", institution: "NISTEP", coChair: "viewer@nistep.demo" },
      { name: "Korea", institution: "STEPI", coChair: "manager@stepi.demo" },
    ],
    held: {
      title: "Camp David summit",
      start: "2023-08-18T10:00",
      end: "2023-08-18T16:00",
      timeZone: "America/New_York",
      place: "Camp David, Maryland",
    },
    items: [
      {
        title: "Supply-chain early-warning pilot",
        description: "A trilateral early-warning pilot on supply-chain disruptions.",
        side: 0,
        area: "materials",
        status: "IN_PROGRESS",
        decision: { type: "AGREED", text: "Launch the supply-chain early-warning pilot." },
        followUps: [
          {
            title: "First trilateral supply-chain data exchange",
            due: fromToday(45),
            status: "IN_PROGRESS",
            progress: 50,
            priority: "HIGH",
            leads: ["IDA STPI", "NISTEP", "STEPI"],
            assignees: ["analyst@stpi.demo", "manager@stepi.demo"],
          },
        ],
      },
      {
        title: "DOE national laboratories and counterparts",
        description: "Trilateral cooperation between DOE national laboratories and Japanese and Korean counterparts.",
        side: 0,
        status: "ADOPTED",
        decision: { type: "NOTED", text: "Laboratories to propose joint projects." },
        followUps: [],
      },
      {
        title: "Standards cooperation (NIST and counterparts)",
        description: "Standards cooperation between NIST and its Japanese and Korean counterparts.",
        side: 0,
        status: "IN_PROGRESS",
        decision: { type: "AGREED", text: "Conclude a standards cooperation arrangement." },
        followUps: [
          {
            title: "Standards cooperation arrangement",
            due: fromToday(-60),
            status: "OPEN",
            progress: 0,
            priority: "MEDIUM",
            leads: ["IDA STPI"],
            assignees: ["analyst@stpi.demo"],
          },
        ],
      },
      {
        title: "Global Leaders Youth Summit in Busan",
        description: "A first trilateral Global Leaders Youth Summit in Busan in early 2024.",
        side: 2,
        status: "CONCLUDED",
        decision: { type: "AGREED", text: "Hold the youth summit in Busan in early 2024." },
        followUps: [
          {
            title: "Hold the Global Leaders Youth Summit in Busan",
            due: "2024-03-31",
            status: "DONE",
            progress: 100,
            priority: "MEDIUM",
            leads: ["STEPI"],
            assignees: ["manager@stepi.demo"],
            updates: [
              { by: "manager@stepi.demo", text: "Held in Busan; report circulated.", progress: 100, to: "DONE" },
            ],
          },
        ],
      },
      {
        title: "Technology-policy training for mid-level officials",
        description: "A technology-policy training programme for mid-level officials of the three countries.",
        side: 1,
        status: "PROPOSED",
        followUps: [],
      },
    ],
  },
];

export async function seedCommittees(prisma: PrismaClient): Promise<boolean> {
  if (await prisma.systemState.findUnique({ where: { key: MARKER } })) return false;
  await prisma.$transaction(async (tx) => {
    const users = new Map(
      (await tx.user.findMany({ where: { email: { endsWith: ".demo" } } })).map((u) => [u.email, u]),
    );
    const institutions = new Map((await tx.institution.findMany()).map((i) => [i.shortName, i.id]));
    const user = (email: string) => users.get(email)!;
    for (const c of committees) {
      const workspace = await tx.workspace.findFirst({
        where: { name: c.workspace },
        include: { technologyAreas: true },
      });
      if (!workspace) continue;
      const manager = user(c.sides[0].coChair);
      const committee = await tx.committee.create({
        data: {
          workspaceId: workspace.id,
          name: c.name,
          kind: c.kind,
          description: c.description,
          agreementTitle: c.agreementTitle,
          agreementDate: c.agreementDate ? new Date(`${c.agreementDate}T00:00:00Z`) : null,
          countries: { createMany: { data: c.countries.map((countryCode) => ({ countryCode })) } },
        },
      });
      const sideIds: string[] = [];
      for (const [position, side] of c.sides.entries()) {
        const row = await tx.committeeSide.create({ data: { committeeId: committee.id, name: side.name, position } });
        sideIds.push(row.id);
        await tx.committeeInstitution.create({
          data: { committeeId: committee.id, institutionId: institutions.get(side.institution)!, sideId: row.id },
        });
        await tx.committeeCoChair.create({
          data: { committeeId: committee.id, userId: user(side.coChair).id, sideId: row.id },
        });
      }
      const held = await tx.session.create({
        data: {
          committeeId: committee.id,
          title: c.held.title,
          startsAt: zonedToUtc(c.held.start, c.held.timeZone),
          endsAt: zonedToUtc(c.held.end, c.held.timeZone),
          timeZone: c.held.timeZone,
          place: c.held.place,
          status: "HELD",
        },
      });
      const next = c.next
        ? await tx.session.create({
            data: {
              committeeId: committee.id,
              title: c.next.title,
              startsAt: zonedToUtc(c.next.start, c.next.timeZone),
              endsAt: zonedToUtc(c.next.end, c.next.timeZone),
              timeZone: c.next.timeZone,
              place: c.next.place,
              onlineUrl: c.next.onlineUrl,
            },
          })
        : null;
      if (c.held.minutes) {
        const minutes = await tx.minutes.create({
          data: {
            sessionId: held.id,
            version: 1,
            status: "APPROVED",
            text: c.held.minutes,
            createdById: manager.id,
            circulatedAt: held.endsAt,
            approvedAt: held.endsAt,
          },
        });
        for (const [i, side] of c.sides.entries())
          await tx.minutesApproval.create({
            data: { minutesId: minutes.id, sideId: sideIds[i], userId: user(side.coChair).id },
          });
      }
      let nextPosition = 0;
      for (const [position, item] of c.items.entries()) {
        const area = item.area ? workspace.technologyAreas.find((a) => a.key === item.area) : undefined;
        const row = await tx.agendaItem.create({
          data: {
            committeeId: committee.id,
            title: item.title,
            description: item.description,
            proposingSideId: sideIds[item.side],
            technologyAreaId: area?.id ?? null,
            status: item.status,
            proposedById: manager.id,
          },
        });
        for (const title of item.briefs ?? []) {
          const brief = await tx.brief.findFirst({ where: { title } });
          if (brief) await tx.agendaItemBrief.create({ data: { agendaItemId: row.id, briefId: brief.id } });
        }
        for (const f of item.feedback ?? [])
          await tx.feedback.create({
            data: { agendaItemId: row.id, authorId: user(f.by).id, kind: f.kind, text: f.text },
          });
        if (item.status === "PROPOSED") continue;
        await tx.agendaEntry.create({
          data: {
            sessionId: held.id,
            agendaItemId: row.id,
            position,
            durationMinutes: 45,
            presenter: c.sides[item.side].name,
          },
        });
        const decision = item.decision
          ? await tx.decision.create({
              data: {
                sessionId: held.id,
                agendaItemId: row.id,
                type: item.decision.type,
                text: item.decision.text,
                recordedById: manager.id,
              },
            })
          : null;
        if (next && item.nextSession) {
          await tx.agendaEntry.create({
            data: {
              sessionId: next.id,
              agendaItemId: row.id,
              position: nextPosition++,
              durationMinutes: 40,
              presenter: c.sides[item.side].name,
            },
          });
        }
        for (const f of item.followUps) {
          const followUp = await tx.followUp.create({
            data: {
              committeeId: committee.id,
              agendaItemId: row.id,
              decisionId: decision?.id ?? null,
              title: f.title,
              dueDate: new Date(`${f.due}T00:00:00Z`),
              priority: f.priority,
              status: f.status,
              progress: f.progress,
              version: 1 + (f.updates?.length ?? 0),
              createdById: manager.id,
              // Decided at the held session; demo work that is done was done two weeks before it was due.
              createdAt: held.endsAt,
              closedAt:
                f.status === "DONE"
                  ? new Date(new Date(`${f.due}T00:00:00Z`).getTime() - 14 * 86_400_000)
                  : f.status === "CANCELLED"
                    ? clock.now()
                    : null,
              leads: {
                createMany: { data: f.leads.map((shortName) => ({ institutionId: institutions.get(shortName)! })) },
              },
              assignees: { createMany: { data: f.assignees.map((email) => ({ userId: user(email).id })) } },
            },
          });
          let from: FollowUpStatus = "OPEN";
          for (const u of f.updates ?? []) {
            await tx.progressUpdate.create({
              data: {
                followUpId: followUp.id,
                authorId: user(u.by).id,
                text: u.text,
                progress: u.progress,
                fromStatus: from,
                toStatus: u.to,
              },
            });
            from = u.to;
          }
        }
      }
    }
    await tx.systemState.create({ data: { key: MARKER, value: clock.now().toISOString() } });
  });
  return true;
}
