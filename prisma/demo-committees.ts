// The demo committees' content, from ../shared/reference/domain.md: the Korea–US Joint
// Committee on S&T Cooperation (1976 agreement) with its 2023 session and agenda items, and the
// 2023 US–Japan–Korea Camp David summit's technology commitments; follow-ups in every status,
// some overdue. Written to the database by ./seed-committees.ts.
import type { AgendaItemStatus, DecisionType, FollowUpStatus, Priority } from "@/lib/generated/prisma/enums";
import { isoDateFromToday } from "@/lib/time/clock";

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

export const DEMO_COMMITTEES: DemoCommittee[] = [
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
