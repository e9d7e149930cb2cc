// Demo committee documents and agenda item notes for the Korea–US Joint Committee: the terms of
// reference (shared, two versions) on the committee, slides on the held session, one document
// internal to the Korea side, and a side-internal note per side on the AI agenda item (Korea's
// negotiating position, the US side's briefing note). The files are small PDFs made here, stored
// through the same upload path as the app's (type sniffing, size limit, attachment store).
// Called once from ./seed-committees.ts, inside its transaction.
import { storeUploadedFile } from "@/lib/attachments/service";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tinyPdf } from "./demo-pdf";

const COMMITTEE = "Korea–US Joint Committee on S&T Cooperation";
const AI_ITEM = "AI: data sharing and labelling, LLMs, AI semiconductors";

const stored = (name: string, lines: string[]) =>
  storeUploadedFile(new File([tinyPdf(lines) as BlobPart], name, { type: "application/pdf" }));

export async function seedDocuments(tx: Prisma.TransactionClient) {
  const committee = await tx.committee.findFirst({
    where: { name: COMMITTEE },
    include: { sides: { orderBy: { position: "asc" } }, sessions: { where: { status: "HELD" }, take: 1 } },
  });
  if (!committee) return;
  const [korea, us] = committee.sides;
  const users = new Map(
    (
      await tx.user.findMany({
        where: { email: { in: ["manager@stepi.demo", "analyst@stepi.demo", "analyst@stpi.demo"] } },
      })
    ).map((u) => [u.email, u.id]),
  );
  const krManager = users.get("manager@stepi.demo")!;
  const krAnalyst = users.get("analyst@stepi.demo")!;
  const usCoChair = users.get("analyst@stpi.demo")!;
  const ai = await tx.agendaItem.findFirst({ where: { committeeId: committee.id, title: AI_ITEM } });

  // Terms of reference: shared, two versions.
  const tor1 = await stored("Terms of reference 2022.pdf", [
    "Korea-US Joint Committee on S&T Cooperation",
    "Terms of reference (2022)",
    "Meets under the 1976 Korea-US S&T Cooperation Agreement.",
  ]);
  const tor2 = await stored("Terms of reference 2024.pdf", [
    "Korea-US Joint Committee on S&T Cooperation",
    "Terms of reference (2024 revision)",
    "Adds the joint implementation track and a yearly cadence.",
  ]);
  await tx.committeeDocument.create({
    data: {
      committeeId: committee.id,
      title: "Terms of reference",
      kind: "TERMS_OF_REFERENCE",
      authorId: krManager,
      version: 2,
      versions: {
        create: [
          { number: 1, ...tor1, uploadedById: krManager },
          { number: 2, ...tor2, uploadedById: krManager },
        ],
      },
    },
  });
  // Slides of the held session, shared.
  const held = committee.sessions[0];
  if (held) {
    const slides = await stored("US delegation slides.pdf", [
      "2023 Joint Committee session",
      "US delegation: critical and emerging technologies",
      "From cooperation to alliance.",
    ]);
    await tx.committeeDocument.create({
      data: {
        committeeId: committee.id,
        sessionId: held.id,
        title: "US delegation slides",
        kind: "SLIDES",
        authorId: usCoChair,
        versions: { create: { number: 1, ...slides, uploadedById: usCoChair } },
      },
    });
  }
  if (!ai) return;
  // One document internal to the Korea side.
  const fallback = await stored("Korea fallback options AI.pdf", [
    "Korea side - internal",
    "Fallback options on the AI data-sharing pilot",
    "Not for the partner side.",
  ]);
  await tx.committeeDocument.create({
    data: {
      committeeId: committee.id,
      agendaItemId: ai.id,
      title: "Korea delegation: fallback options on AI data sharing",
      kind: "BRIEFING_NOTE",
      sideId: korea.id,
      authorId: krAnalyst,
      versions: { create: { number: 1, ...fallback, uploadedById: krAnalyst } },
    },
  });
  // A side-internal note per side.
  await tx.agendaItemNote.createMany({
    data: [
      {
        agendaItemId: ai.id,
        kind: "POSITION",
        sideId: korea.id,
        authorId: krManager,
        text: "Korea's position: open the pilot with labelled public-sector data first; NPU-farm scoping only with a 50:50 cost share.",
      },
      {
        agendaItemId: ai.id,
        kind: "BRIEFING",
        sideId: us.id,
        authorId: usCoChair,
        text: "US briefing: check outbound-investment rules before naming AI-semiconductor partners; FFRDC evaluation data is cleared for sharing.",
      },
    ],
  });
}
