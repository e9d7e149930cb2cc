// Writes the demo committees (./demo-committees.ts) with their sessions, agenda, decisions,
// minutes, feedback and follow-ups. Runs once (its own SystemState marker), after the other
// demo data.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { FollowUpStatus } from "@/lib/generated/prisma/enums";
import { clock } from "@/lib/time/clock";
import { zonedToUtc } from "@/lib/time/zones";
import { DEMO_COMMITTEES } from "./demo-committees";
import { seedDocuments } from "./demo-documents";
import { seedSeries } from "./demo-series";
import { seedSubCommittees } from "./demo-subcommittees";

const MARKER = "demo.committees_seeded_at";

export async function seedCommittees(prisma: PrismaClient): Promise<boolean> {
  if (await prisma.systemState.findUnique({ where: { key: MARKER } })) return false;
  await prisma.$transaction(async (tx) => {
    const users = new Map(
      (await tx.user.findMany({ where: { email: { endsWith: ".demo" } } })).map((u) => [u.email, u]),
    );
    const institutions = new Map((await tx.institution.findMany()).map((i) => [i.shortName, i.id]));
    const user = (email: string) => users.get(email)!;
    for (const c of DEMO_COMMITTEES) {
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
    await seedDocuments(tx);
    await seedSubCommittees(tx); // two tracks (issue 12, item 4)
    await tx.systemState.create({ data: { key: MARKER, value: clock.now().toISOString() } });
  });
  await seedSeries(prisma); // session series (issue 12, item 3): cadence and agenda template
  return true;
}
