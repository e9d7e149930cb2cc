// Demo delegations (issue 12, item 2) for the Korea–US Joint Committee (./demo-committees.ts):
// the held 2023 session with each side's delegation (members and two contacts per side, all
// attended), and invitations with mixed answers for the next session in Washington. Contacts
// are kept by the side's institution (STEPI, IDA STPI); names are invented, titles and
// organisations follow ../shared/reference/domain.md. Runs once (its own SystemState marker),
// after the committees.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DelegationAnswerVia, DelegationStatus } from "@/lib/generated/prisma/enums";
import { newLinkToken } from "@/lib/server/link-tokens";
import { clock, DAY_MS } from "@/lib/time/clock";

const MARKER = "demo.delegations_seeded_at";
const COMMITTEE = "Korea–US Joint Committee on S&T Cooperation";

interface DemoContact {
  key: string;
  institution: string;
  name: string;
  organisation: string;
  title: string;
  email: string;
  locale: "en" | "zh" | "ko";
}

const CONTACTS: DemoContact[] = [
  {
    key: "cho",
    institution: "STEPI",
    name: "Cho Hyun-woo",
    organisation: "Ministry of Science and ICT (MSIT)",
    title: "Director-General, International Cooperation Bureau",
    email: "cho.hyunwoo@msit.example",
    locale: "ko",
  },
  {
    key: "yoon",
    institution: "STEPI",
    name: "Yoon Ji-hye",
    organisation: "Ministry of Science and ICT (MSIT)",
    title: "Deputy Director, Multilateral S&T Cooperation Division",
    email: "yoon.jihye@msit.example",
    locale: "ko",
  },
  {
    key: "reynolds",
    institution: "IDA STPI",
    name: "Michael Reynolds",
    organisation: "U.S. Department of State, Bureau of Oceans and International Environmental and Scientific Affairs",
    title: "Deputy Assistant Secretary for Science, Space and Health",
    email: "m.reynolds@state.example",
    locale: "en",
  },
  {
    key: "kim",
    institution: "IDA STPI",
    name: "Sarah Kim",
    organisation: "White House Office of Science and Technology Policy (OSTP)",
    title: "Assistant Director for International S&T",
    email: "s.kim@ostp.example",
    locale: "en",
  },
];

interface DemoSeat {
  side: 0 | 1;
  /** A demo account's email, or a contact's key. */
  user?: string;
  contact?: string;
  role: string;
  status: DelegationStatus;
  via?: DelegationAnswerVia;
  /** Days before today the answer came (planned session). */
  answeredDaysAgo?: number;
}

const HELD: DemoSeat[] = [
  { side: 0, contact: "cho", role: "Head of delegation", status: "ATTENDED" },
  { side: 0, user: "manager@stepi.demo", role: "Co-chair", status: "ATTENDED" },
  { side: 0, contact: "yoon", role: "Adviser", status: "ATTENDED" },
  { side: 0, user: "analyst@stepi.demo", role: "Rapporteur", status: "ATTENDED" },
  { side: 1, contact: "reynolds", role: "Head of delegation", status: "ATTENDED" },
  { side: 1, user: "analyst@stpi.demo", role: "Co-chair", status: "ATTENDED" },
  { side: 1, contact: "kim", role: "Adviser", status: "ATTENDED" },
];

const NEXT: DemoSeat[] = [
  { side: 0, contact: "cho", role: "Head of delegation", status: "ACCEPTED", via: "LINK", answeredDaysAgo: 6 },
  { side: 0, user: "manager@stepi.demo", role: "Co-chair", status: "ACCEPTED", via: "APP", answeredDaysAgo: 7 },
  { side: 0, contact: "yoon", role: "Adviser", status: "TENTATIVE", via: "LINK", answeredDaysAgo: 3 },
  { side: 0, user: "analyst@stepi.demo", role: "Rapporteur", status: "INVITED" },
  { side: 1, user: "analyst@stpi.demo", role: "Co-chair", status: "ACCEPTED", via: "APP", answeredDaysAgo: 5 },
  { side: 1, contact: "reynolds", role: "Head of delegation", status: "DECLINED", via: "LINK", answeredDaysAgo: 2 },
  { side: 1, contact: "kim", role: "Adviser", status: "INVITED" },
];

export async function seedDelegations(prisma: PrismaClient): Promise<boolean> {
  if (await prisma.systemState.findUnique({ where: { key: MARKER } })) return false;
  const committee = await prisma.committee.findFirst({
    where: { name: COMMITTEE },
    include: {
      sides: { orderBy: { position: "asc" } },
      sessions: { orderBy: { startsAt: "asc" } },
    },
  });
  const held = committee?.sessions.find((s) => s.status === "HELD");
  const next = committee?.sessions.find((s) => s.status === "PLANNED");
  if (!committee || !held) return false;
  await prisma.$transaction(async (tx) => {
    const users = new Map(
      (await tx.user.findMany({ where: { email: { endsWith: ".demo" } } })).map((u) => [u.email, u.id]),
    );
    const institutions = new Map((await tx.institution.findMany()).map((i) => [i.shortName, i.id]));
    const contacts = new Map<string, string>();
    for (const { key, institution, ...data } of CONTACTS) {
      const institutionId = institutions.get(institution);
      if (!institutionId) continue;
      const row = await tx.institutionContact.create({ data: { ...data, institutionId } });
      contacts.set(key, row.id);
    }
    const addedById = users.get("manager@stepi.demo");
    if (!addedById) return;
    const now = clock.now();
    const write = async (session: { id: string; endsAt: Date }, seats: DemoSeat[], invitedDaysAgo: number | null) => {
      for (const seat of seats) {
        const userId = seat.user ? users.get(seat.user) : undefined;
        const contactId = seat.contact ? contacts.get(seat.contact) : undefined;
        if (!userId && !contactId) continue;
        const member = await tx.delegationMember.create({
          data: {
            sessionId: session.id,
            sideId: committee.sides[seat.side].id,
            userId: userId ?? null,
            contactId: contactId ?? null,
            role: seat.role,
            status: seat.status,
            answeredVia: seat.via ?? null,
            answeredAt: seat.answeredDaysAgo ? new Date(now.getTime() - seat.answeredDaysAgo * DAY_MS) : null,
            invitedAt: invitedDaysAgo === null ? null : new Date(now.getTime() - invitedDaysAgo * DAY_MS),
            addedById,
          },
        });
        // Unanswered invitations have an open link (its token was emailed; only the hash is kept);
        // answered ones used theirs.
        if (invitedDaysAgo !== null)
          await tx.delegationLink.create({
            data: {
              memberId: member.id,
              tokenHash: newLinkToken().tokenHash,
              expiresAt: session.endsAt,
              usedAt: seat.via === "LINK" && member.answeredAt ? member.answeredAt : null,
            },
          });
      }
    };
    await write(held, HELD, null);
    if (next) await write(next, NEXT, 10);
    await tx.systemState.create({ data: { key: MARKER, value: now.toISOString() } });
  });
  return true;
}
