// Session series demo (issue 12, item 3): the Korea–US Joint Committee meets yearly and keeps
// an agenda template of three standing items (the committee works in English). Written once
// (its own SystemState marker) by seedSeries, called from ./seed-committees.ts.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionCadence } from "@/lib/generated/prisma/enums";
import { clock } from "@/lib/time/clock";

export const DEMO_SERIES: {
  committee: string;
  cadence: SessionCadence;
  standingItems: { title: string; description: string; durationMinutes: number; closing?: boolean }[];
}[] = [
  {
    committee: "Korea–US Joint Committee on S&T Cooperation",
    cadence: "YEARLY",
    standingItems: [
      {
        title: "Opening and adoption of the agenda",
        description: "Opening remarks by both co-chairs; the agenda is adopted.",
        durationMinutes: 15,
      },
      {
        title: "Review of open follow-ups",
        description: "Each side reports on the follow-ups of the last session still open.",
        durationMinutes: 30,
      },
      {
        title: "Any other business",
        description: "Date and place of the next session; other matters raised by either side.",
        durationMinutes: 10,
        closing: true,
      },
    ],
  },
];

const MARKER = "demo.series_seeded_at";

export async function seedSeries(prisma: PrismaClient): Promise<boolean> {
  if (await prisma.systemState.findUnique({ where: { key: MARKER } })) return false;
  await prisma.$transaction(async (tx) => {
    for (const s of DEMO_SERIES) {
      const committee = await tx.committee.findFirst({ where: { name: s.committee }, select: { id: true } });
      if (!committee) continue;
      await tx.committee.update({ where: { id: committee.id }, data: { cadence: s.cadence } });
      if (await tx.committeeStandingItem.count({ where: { committeeId: committee.id } })) continue;
      await tx.committeeStandingItem.createMany({
        data: s.standingItems.map((item, position) => ({
          committeeId: committee.id,
          title: item.title,
          description: item.description,
          durationMinutes: item.durationMinutes,
          closing: item.closing ?? false,
          position,
        })),
      });
    }
    await tx.systemState.create({ data: { key: MARKER, value: clock.now().toISOString() } });
  });
  return true;
}
