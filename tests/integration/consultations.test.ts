// Consultation rounds with outside stakeholders (issue 12, item 5): the lifecycle (open →
// links → answers → deadline → release), the side rule on every read (before release the
// partner side sees nothing: agenda item, round, pack; after release the summary and counts
// only), the single-person link (hashed, one answer, editable until the deadline, refused
// after, revoked), rate limits per link and per IP, and the size limits.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { proposeAgendaItem } from "@/lib/committees/agenda-items";
import { proposeAgendaItemSchema } from "@/lib/committees/schemas";
import { inspectConsultationLink, submitConsultationAnswer, viewConsultationLink } from "@/lib/consultations/public";
import { addInviteesSchema, answerSchema, openRoundSchema } from "@/lib/consultations/schemas";
import {
  addInvitees,
  closeRound,
  followUpOrigin,
  getRound,
  listItemRounds,
  openRound,
  packRounds,
  ROUND_INVITEES_MAX,
  readAnswerFile,
  releaseRound,
  revokeInvitee,
  sendInvitations,
} from "@/lib/consultations/service";
import { packDocument } from "@/lib/exports/pack";
import { createFollowUp } from "@/lib/followups/service";
import { fanOutPending } from "@/lib/notifications/fanout";
import { db } from "@/lib/server/db";
import { hashLinkToken } from "@/lib/server/link-tokens";
import { clock, DAY_MS, isoDateFromToday, setClockForTests } from "@/lib/time/clock";
import { utcToZonedInput } from "@/lib/time/zones";
import { type CommitteeWorld, makeCommitteeWorld } from "../helpers/committee-world";
import { expectAppError } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let w: CommitteeWorld;
let agendaItemId: string;

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

const inDays = (days: number) => utcToZonedInput(new Date(clock.ms() + days * DAY_MS), "Asia/Seoul");

async function open(emails: string, locale = "en", days = 3) {
  return openRound(
    w.manager,
    openRoundSchema.parse({
      agendaItemId,
      question: "How should the joint quantum testbed share its beam time between partners?",
      deadline: inDays(days),
      timeZone: "Asia/Seoul",
      emails,
      locale,
    }),
  );
}

/** Sends the round's links and returns each invitee's token, read from the outbox. */
async function sendAndRead(roundId: string): Promise<Map<string, string>> {
  const before = new Date(clock.ms() - 1000);
  await sendInvitations(w.manager, { roundId });
  const rows = await db().emailOutbox.findMany({ where: { createdAt: { gte: before } } });
  const tokens = new Map<string, string>();
  for (const row of rows) {
    const token = /\/consult\/([A-Za-z0-9_-]{43})/.exec(row.text)?.[1];
    if (token) tokens.set(row.to, token);
  }
  return tokens;
}

const answer = (token: string, over: Record<string, unknown> = {}) =>
  answerSchema.parse({
    token,
    organisation: "KAIST Quantum Center",
    sector: "Academia",
    position: "SUPPORT",
    text: "Beam time should be split by proposal quality, reviewed jointly each year.",
    evidence: "https://example.org/report\nhttps://example.org/data",
    ...over,
  });

beforeAll(async () => {
  w = await makeCommitteeWorld();
  const item = await proposeAgendaItem(
    w.manager,
    proposeAgendaItemSchema.parse({ committeeId: w.committeeId, title: "Quantum testbed access" }),
  );
  agendaItemId = item.id;
});

afterEach(() => setClockForTests(null));

describe("a consultation round", () => {
  it("runs from open to release, internal to the convening side until then", async () => {
    const round = await open("Li Wei <li.wei@example.cn>\nsmith@example.org", "zh");
    expect(round.status).toBe("OPEN");
    // The partner side and outsiders see nothing before release, from every door.
    expect((await listItemRounds(w.american, agendaItemId)).rounds).toEqual([]);
    await expectAppError(getRound(w.american, round.id), "NOT_FOUND");
    await expectAppError(getRound(w.usManager, round.id), "NOT_FOUND");
    await expectAppError(getRound(w.stranger, round.id), "NOT_FOUND");
    expect((await packRounds(w.american, w.committeeId, [agendaItemId])).size).toBe(0);
    // …nor may the partner side's manager act on it; a partner contributor gets the same 404 (not
    // a 403 that would tell the round exists); the convening side's contributor gets 403.
    await expectAppError(sendInvitations(w.usManager, { roundId: round.id }), "NOT_FOUND");
    await expectAppError(closeRound(w.american, { roundId: round.id, version: round.version }), "NOT_FOUND");
    await expectAppError(closeRound(w.korean, { roundId: round.id, version: round.version }), "FORBIDDEN");

    const tokens = await sendAndRead(round.id);
    expect(tokens.size).toBe(2);
    const zhToken = tokens.get("li.wei@example.cn")!;
    // Only the hash is stored; the email is in the invitee's language.
    const invitees = await db().consultationInvitee.findMany({ where: { roundId: round.id } });
    expect(invitees.map((i) => i.tokenHash).sort()).toEqual([...tokens.values()].map(hashLinkToken).sort());
    expect(JSON.stringify(invitees)).not.toContain(zhToken);
    const zhMail = await db().emailOutbox.findFirstOrThrow({ where: { to: "li.wei@example.cn" } });
    expect(zhMail.subject).toContain("征询");
    // A second send sends nothing new.
    expect(await sendInvitations(w.manager, { roundId: round.id })).toEqual({ sent: 0 });

    // The public page: the question, the item's title and the deadline, nothing else.
    const link = await inspectConsultationLink(zhToken);
    expect(link).toMatchObject({ locale: "zh", title: "Quantum testbed access", answer: null });
    expect(Object.keys(link!).sort()).toEqual(["answer", "deadline", "locale", "question", "timeZone", "title"]);

    await submitConsultationAnswer(
      answer(zhToken, {
        organisation: "中国科学院科技战略咨询研究院",
        text: "建议按项目质量分配机时，并每年联合评审。",
      }),
      "203.0.113.1",
    );
    // One answer per link: a second first answer is refused; an edit with its version works.
    await expectAppError(submitConsultationAnswer(answer(zhToken), "203.0.113.1"), "CONFLICT", "stale_answer");
    await submitConsultationAnswer(
      answer(zhToken, {
        version: "1",
        organisation: "中国科学院科技战略咨询研究院",
        position: "PROPOSAL",
        text: "修改后的答复：建议设立联合评审小组。",
      }),
      "203.0.113.1",
    );
    expect(await db().consultationAnswer.count({ where: { roundId: round.id } })).toBe(1);
    expect((await inspectConsultationLink(zhToken))?.answer).toMatchObject({ position: "PROPOSAL", version: 2 });

    // The convening side (a contributor too) reads the answers; the partner side still nothing.
    const korean = await getRound(w.korean, round.id);
    expect(korean.answers?.map((a) => a.organisation)).toEqual(["中国科学院科技战略咨询研究院"]);
    expect(korean.can.manage).toBe(false);
    await expectAppError(getRound(w.american, round.id), "NOT_FOUND");

    // A withdrawn link stops at once.
    const smith = invitees.find((i) => i.email === "smith@example.org")!;
    await revokeInvitee(w.manager, { roundId: round.id, inviteeId: smith.id });
    const smithToken = tokens.get("smith@example.org")!;
    expect(await inspectConsultationLink(smithToken)).toBeNull();
    await expectAppError(submitConsultationAnswer(answer(smithToken), "203.0.113.2"), "NOT_FOUND", "link_unavailable");

    // After the deadline: the link is refused, the round reads as closed.
    setClockForTests(new Date(round.deadline.getTime() + 60_000));
    expect(await inspectConsultationLink(zhToken)).toBeNull();
    await expectAppError(
      submitConsultationAnswer(answer(zhToken, { version: "2" }), "203.0.113.1"),
      "NOT_FOUND",
      "link_unavailable",
    );
    const closed = await getRound(w.manager, round.id);
    expect(closed.status).toBe("CLOSED");
    await expectAppError(
      addInvitees(w.manager, { roundId: round.id, emails: [], members: [], locale: "en" }),
      "CONFLICT",
    );

    // Release: only the convening side's manager, with the version read.
    await expectAppError(
      releaseRound(w.manager, { roundId: round.id, version: closed.version + 1, summary: "Stale summary text" }),
      "CONFLICT",
      "stale_consultation",
    );
    await releaseRound(w.manager, {
      roundId: round.id,
      version: closed.version,
      summary: "Stakeholders favour joint review of beam time by proposal quality.",
    });

    // After release the partner side sees the question, the summary and the counts only.
    const partner = await getRound(w.american, round.id);
    expect(partner).toMatchObject({
      status: "RELEASED",
      summary: "Stakeholders favour joint review of beam time by proposal quality.",
      counts: { SUPPORT: 0, CONCERN: 0, PROPOSAL: 1 },
      answers: null,
      invitees: null,
      can: { manage: false, followUps: false },
    });
    const listed = await listItemRounds(w.american, agendaItemId);
    expect(listed.rounds.map((r) => [r.id, r.answers])).toEqual([[round.id, null]]);
    const pack = await packRounds(w.american, w.committeeId, [agendaItemId]);
    expect(pack.get(agendaItemId)?.map((r) => ({ answers: r.answers, summary: r.summary }))).toEqual([
      { answers: null, summary: "Stakeholders favour joint review of beam time by proposal quality." },
    ]);
    expect(JSON.stringify(partner)).not.toContain("中国科学院");
    expect(JSON.stringify(pack.get(agendaItemId))).not.toContain("中国科学院");
    // The pack's Word/PDF copy is built from the same rounds: the summary, never an answer.
    const doc = await packDocument(
      {
        session: {
          title: "Next session",
          startsAt: clock.now(),
          timeZone: "Asia/Seoul",
          place: null,
          committee: { name: "Joint Committee", sides: [{ name: "Korea" }, { name: "United States" }] },
          entries: [
            {
              durationMinutes: 30,
              presenter: null,
              agendaItem: { id: agendaItemId, title: "Quantum testbed access", description: null, briefs: [] },
            },
          ],
        },
        previous: null,
        followUps: new Map(),
        consultations: pack,
      },
      { name: "Emily", locale: "en", institution: "US institute" },
    );
    const docText = JSON.stringify(doc.blocks);
    expect(docText).toContain("Stakeholders favour joint review");
    expect(docText).not.toContain("中国科学院");
    // The convening side's pack has the answers.
    expect((await packRounds(w.korean, w.committeeId, [agendaItemId])).get(agendaItemId)?.[0].answers).toHaveLength(1);

    // The partner side is told; the convening side is not.
    await fanOutPending();
    const told = await db().notification.findMany({
      where: { kind: "CONSULTATION_RELEASED" },
      select: { userId: true },
    });
    const ids = told.map((n) => n.userId);
    expect(ids).toContain(w.american.id);
    expect(ids).toContain(w.usManager.id);
    expect(ids).not.toContain(w.korean.id);
    expect(ids).not.toContain(w.manager.id);
    expect(ids).not.toContain(w.thirdParty.id);
  });

  it("makes follow-ups from answers, for the convening side only", async () => {
    const round = await open("expert@example.org");
    const tokens = await sendAndRead(round.id);
    await submitConsultationAnswer(answer(tokens.get("expert@example.org")!), "203.0.113.5");
    const [a] = (await getRound(w.manager, round.id)).answers!;
    const base = {
      committeeId: w.committeeId,
      agendaItemId: "",
      decisionId: "",
      feedbackId: "",
      title: "Set up the joint beam-time review",
      description: "",
      dueDate: isoDateFromToday(30),
      priority: "MEDIUM" as const,
      leads: [w.korea],
      assignees: [],
    };
    const followUp = await createFollowUp(w.manager, { ...base, consultationAnswerId: a.id });
    expect(followUp).toMatchObject({ consultationAnswerId: a.id, agendaItemId });
    expect((await getRound(w.manager, round.id)).answers?.[0].followUps.map((f) => f.id)).toEqual([followUp.id]);
    // The follow-up names its answer to the convening side only.
    expect(await followUpOrigin(w.korean, followUp.id)).toEqual({
      roundId: round.id,
      organisation: "KAIST Quantum Center",
      position: "SUPPORT",
    });
    expect(await followUpOrigin(w.american, followUp.id)).toBeNull();
    // The partner side's manager cannot reach the answer.
    await expectAppError(
      createFollowUp(w.usManager, { ...base, consultationAnswerId: a.id }),
      "VALIDATION",
      "unknown_answer",
    );
    // An answer and an agenda item that do not belong together are refused, not mixed.
    const other = await proposeAgendaItem(
      w.manager,
      proposeAgendaItemSchema.parse({ committeeId: w.committeeId, title: "Another item" }),
    );
    await expectAppError(
      createFollowUp(w.manager, { ...base, agendaItemId: other.id, consultationAnswerId: a.id }),
      "VALIDATION",
      "origins_differ",
    );
  });

  it("refuses a manager on no side, a past deadline and a viewer", async () => {
    await expectAppError(
      openRound(
        w.usViewer,
        openRoundSchema.parse({
          agendaItemId,
          question: "A question long enough to pass",
          deadline: inDays(2),
          timeZone: "UTC",
          emails: "a@example.org",
        }),
      ),
      "FORBIDDEN",
    );
    await expectAppError(open("a@example.org", "en", -1), "VALIDATION", "deadline_in_past");
  });

  it("caps a round's invitees at what its page lists and one send reaches", async () => {
    const batch = (n: number) => Array.from({ length: 200 }, (_, i) => `p${n}-${i}@example.org`).join("\n");
    const round = await open(batch(1));
    await addInvitees(w.manager, addInviteesSchema.parse({ roundId: round.id, emails: batch(2) }));
    await expectAppError(
      addInvitees(w.manager, addInviteesSchema.parse({ roundId: round.id, emails: batch(3) })),
      "VALIDATION",
      `max_items:${ROUND_INVITEES_MAX}`,
    );
    expect(await db().consultationInvitee.count({ where: { roundId: round.id } })).toBe(400);
  });

  it("closes early: links stop working", async () => {
    const round = await open("early@example.org");
    const tokens = await sendAndRead(round.id);
    await closeRound(w.manager, { roundId: round.id, version: round.version });
    expect(await inspectConsultationLink(tokens.get("early@example.org")!)).toBeNull();
    expect((await getRound(w.manager, round.id)).status).toBe("CLOSED");
  });
});

describe("abuse limits", () => {
  it("limits submissions per link (10 per 10 minutes), then again after the window", async () => {
    const round = await open("busy@example.org");
    const token = (await sendAndRead(round.id)).get("busy@example.org")!;
    await submitConsultationAnswer(answer(token), "198.51.100.1");
    for (let i = 0; i < 9; i++)
      // Each attempt counts, refused or not (a different address each time: only the link's limit applies).
      await expectAppError(submitConsultationAnswer(answer(token), `198.51.100.${i + 10}`), "CONFLICT");
    await expectAppError(submitConsultationAnswer(answer(token), "198.51.100.99"), "RATE_LIMITED", "rate_limited");
    setClockForTests(new Date(clock.ms() + 11 * 60_000));
    await submitConsultationAnswer(answer(token, { version: "1" }), "198.51.100.1");
  });

  it("limits submissions per client address (30 per 10 minutes)", async () => {
    const unknown = () => answer("A".repeat(42) + String.fromCharCode(65 + Math.floor(Math.random() * 26)));
    for (let i = 0; i < 30; i++)
      await expectAppError(submitConsultationAnswer(unknown(), "192.0.2.7"), "NOT_FOUND", "link_unavailable");
    await expectAppError(submitConsultationAnswer(unknown(), "192.0.2.7"), "RATE_LIMITED");
    // Another address is not affected.
    await expectAppError(submitConsultationAnswer(unknown(), "192.0.2.8"), "NOT_FOUND", "link_unavailable");
  });

  it("limits page views per client address (120 per 10 minutes), unknown links included", async () => {
    const round = await open("viewer@example.org");
    const token = (await sendAndRead(round.id)).get("viewer@example.org")!;
    expect(await viewConsultationLink(token, "192.0.2.50")).toMatchObject({ status: "valid" });
    for (let i = 0; i < 119; i++) await viewConsultationLink("C".repeat(43), "192.0.2.50");
    expect(await viewConsultationLink(token, "192.0.2.50")).toEqual({ status: "rate_limited" });
    expect(await viewConsultationLink(token, "192.0.2.51")).toMatchObject({ status: "valid" });
    expect(await viewConsultationLink("C".repeat(43), "192.0.2.51")).toEqual({ status: "unavailable" });
  });

  it("limits sizes: text, evidence links, file size and type", async () => {
    const token = "B".repeat(43);
    const issues = (over: Record<string, unknown>) =>
      answerSchema.safeParse({ ...answer(token), evidence: "", ...over }).error?.issues.map((i) => i.message) ?? [];
    expect(issues({ text: "x".repeat(5001) })).toEqual(["max_chars:5000"]);
    expect(issues({ evidence: Array.from({ length: 11 }, (_, i) => `https://e.org/${i}`).join("\n") })).toEqual([
      "max_items:10",
    ]);
    expect(issues({ evidence: "javascript:alert(1)" })).toEqual(["invalid_url"]);
    expect(issues({ position: "MAYBE" })).toEqual(["choose_position"]);
    expect(issues({ organisation: "" })).toEqual(["min_chars:2"]);
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.pdf", { type: "application/pdf" });
    expect(issues({ file: big })).toEqual(["answer_file_too_large"]);
    // An empty file input is no file.
    expect(issues({ file: new File([], "", { type: "application/octet-stream" }) })).toEqual([]);
    expect(issues({ file: new File([], "blob") })).toEqual([]);

    const round = await open("files@example.org");
    const real = (await sendAndRead(round.id)).get("files@example.org")!;
    const fake = new File([new TextEncoder().encode("#!/bin/sh\necho hi\n")], "evil.pdf", { type: "application/pdf" });
    await expectAppError(
      submitConsultationAnswer(answer(real, { file: fake }), "198.51.100.200"),
      "VALIDATION",
      "file_type_not_allowed",
    );
    await submitConsultationAnswer(
      answer(real, { file: new File([PNG], "chart.png", { type: "image/png" }) }),
      "198.51.100.200",
    );
    const saved = await db().consultationAnswer.findFirstOrThrow({ where: { roundId: round.id } });
    expect(saved).toMatchObject({ fileName: "chart.png", contentType: "image/png", fileSize: PNG.byteLength });
    // The file is read by the convening side only.
    expect(Buffer.from((await readAnswerFile(w.korean, saved.id)).bytes)).toEqual(PNG);
    await expectAppError(readAnswerFile(w.american, saved.id), "NOT_FOUND");
    await expectAppError(readAnswerFile(w.stranger, saved.id), "NOT_FOUND");
  });
});
