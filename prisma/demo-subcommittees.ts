// Two tracks in the demo (issue 12, item 4): the Korea–US Joint Committee gets a "Korea–US
// Joint Implementation Committee" with the same sides, one held session, the parent's AI
// decision delegated to it, and follow-ups (some done, one overdue) so the parent's scorecard
// rolls them up and its standing "Report of …" item has progress to show. Called from
// ./seed-committees.ts inside its transaction, after the committees are written.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FollowUpStatus, Priority } from "@/lib/generated/prisma/enums";
import { DAY_MS, today } from "@/lib/time/clock";
import { zonedToUtc } from "@/lib/time/zones";

const PARENT = "Korea–US Joint Committee on S&T Cooperation";
const DELEGATED_DECISION_ITEM = "AI: data sharing and labelling, LLMs, AI semiconductors";

const day = (offset: number) => new Date(today().getTime() + offset * DAY_MS);
const isoDay = (offset: number) => day(offset).toISOString().slice(0, 10);

export const DEMO_SUB_COMMITTEE = {
  name: "Korea–US Joint Implementation Committee",
  kind: "IMPLEMENTATION_COMMITTEE" as const,
  description:
    "Follows up the Joint Committee's decisions bilaterally between sessions: the two-track structure the Korea–US study recommends.",
  held: {
    title: "1st Joint Implementation Committee meeting",
    startDay: -45,
    start: "10:00",
    end: "13:00",
    timeZone: "Asia/Seoul",
    place: "Online",
    decision: "Run the data-sharing pilot in two waves; the NPU-farm survey reports before the next Joint Committee.",
  },
  followUps: [
    // title, due (days from today), status, progress, closed (days from today), priority, lead
    ["Agree the pilot's data-sharing protocol", -20, "DONE", 100, -35, "HIGH", "STEPI"],
    ["Name the labelling partner institutes", -5, "DONE", 100, -8, "MEDIUM", "IDA STPI"],
    ["Exchange the first labelled datasets", -7, "OPEN", 10, null, "HIGH", "STEPI"],
    ["Survey sites for the NPU-farm project", 30, "IN_PROGRESS", 40, null, "MEDIUM", "IDA STPI"],
    ["Check AI-semiconductor partners against outbound-investment rules", 12, "BLOCKED", 20, null, "HIGH", "STEPI"],
  ] as [string, number, FollowUpStatus, number, number | null, Priority, string][],
};

export async function seedSubCommittees(tx: Prisma.TransactionClient) {
  const parent = await tx.committee.findFirst({
    where: { name: PARENT, parentId: null },
    include: {
      countries: true,
      sides: { orderBy: { position: "asc" }, include: { institutions: true, coChairs: true } },
    },
  });
  if (!parent) return;
  const manager = await tx.user.findUniqueOrThrow({ where: { email: "manager@stepi.demo" } });
  const americans = await tx.user.findUniqueOrThrow({ where: { email: "analyst@stpi.demo" } });
  const koreans = await tx.user.findUniqueOrThrow({ where: { email: "analyst@stepi.demo" } });
  const institutions = new Map((await tx.institution.findMany()).map((i) => [i.shortName, i.id]));
  const s = DEMO_SUB_COMMITTEE;
  const sub = await tx.committee.create({
    data: {
      workspaceId: parent.workspaceId,
      parentId: parent.id,
      name: s.name,
      kind: s.kind,
      description: s.description,
      countries: { createMany: { data: parent.countries.map((c) => ({ countryCode: c.countryCode })) } },
    },
  });
  for (const side of parent.sides) {
    const row = await tx.committeeSide.create({
      data: { committeeId: sub.id, name: side.name, position: side.position },
    });
    await tx.committeeInstitution.createMany({
      data: side.institutions.map((i) => ({ committeeId: sub.id, institutionId: i.institutionId, sideId: row.id })),
    });
    await tx.committeeCoChair.createMany({
      data: side.coChairs.map((c) => ({ committeeId: sub.id, userId: c.userId, sideId: row.id })),
    });
  }
  // The parent's standing report item, in its backlog ("put on the next session's agenda" takes
  // it there; the demo's Washington agenda is left as it was, three items).
  await tx.agendaItem.create({
    data: {
      committeeId: parent.id,
      title: `Report of the ${s.name}`,
      description: `Standing item: the ${s.name} reports progress on its follow-ups to each session.`,
      status: "ADOPTED",
      proposedById: manager.id,
      reportingCommitteeId: sub.id,
    },
  });
  // The parent's AI decision, delegated: an ADOPTED item of the sub-committee linked to it.
  const decision = await tx.decision.findFirst({
    where: { session: { committeeId: parent.id }, agendaItem: { title: DELEGATED_DECISION_ITEM } },
    include: { agendaItem: true },
  });
  if (!decision) return;
  const item = await tx.agendaItem.create({
    data: {
      committeeId: sub.id,
      title: decision.agendaItem.title,
      description: [decision.text, decision.agendaItem.description].filter(Boolean).join("\n\n"),
      status: "IN_PROGRESS",
      proposedById: manager.id,
      delegatedFromDecisionId: decision.id,
    },
  });
  const heldDay = isoDay(s.held.startDay);
  const held = await tx.session.create({
    data: {
      committeeId: sub.id,
      title: s.held.title,
      startsAt: zonedToUtc(`${heldDay}T${s.held.start}`, s.held.timeZone),
      endsAt: zonedToUtc(`${heldDay}T${s.held.end}`, s.held.timeZone),
      timeZone: s.held.timeZone,
      place: s.held.place,
      status: "HELD",
      entries: { create: { agendaItemId: item.id, position: 0, durationMinutes: 90, presenter: "Korea" } },
    },
  });
  const subDecision = await tx.decision.create({
    data: {
      sessionId: held.id,
      agendaItemId: item.id,
      type: "AGREED",
      text: s.held.decision,
      recordedById: manager.id,
    },
  });
  for (const [title, due, status, progress, closed, priority, lead] of s.followUps)
    await tx.followUp.create({
      data: {
        committeeId: sub.id,
        agendaItemId: item.id,
        decisionId: subDecision.id,
        title,
        dueDate: day(due),
        status,
        progress,
        priority,
        createdById: manager.id,
        createdAt: held.endsAt,
        closedAt: closed === null ? null : day(closed),
        leads: { create: { institutionId: institutions.get(lead)! } },
        assignees: { create: { userId: (lead === "STEPI" ? koreans : americans).id } },
      },
    });
}
