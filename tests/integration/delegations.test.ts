// Delegations and attendance (issue 12, item 2): who may edit a side's delegation (managers,
// that side's co-chair) and who may read it; contacts scoped to the actor's institution; the
// answer link (works once, refused when used, expired, revoked by a new one, or opened by
// another signed-in person); answers in the app; attendance; attendees in the pack and in
// the minutes read back from the DOCX.
import { unzipSync } from "fflate";
import { extractText, getDocumentProxy } from "unpdf";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as minutesExport } from "@/app/api/sessions/[sessionId]/minutes/route";
import { GET as packExport } from "@/app/api/sessions/[sessionId]/pack/route";
import { saveMinutesText, startMinutes } from "@/lib/committees/minutes";
import { getSessionPack } from "@/lib/committees/pack";
import { getCommittee } from "@/lib/committees/service";
import { createSession, setSessionStatus } from "@/lib/committees/sessions";
import { addContactSchema, contactSchema, deleteContactSchema, updateContactSchema } from "@/lib/delegations/schemas";
import {
  addContact,
  addMember,
  answerByLink,
  answerInApp,
  createContact,
  deleteContact,
  getContact,
  getDelegations,
  inspectAnswerLink,
  LINK_ANSWER_LINK_LIMIT,
  LINK_VIEW_LIMIT,
  listContacts,
  markAttendance,
  removeMember,
  resendInvitation,
  sendInvitations,
  updateContact,
} from "@/lib/delegations/service";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { clock, isoDateFromToday, setClockForTests } from "@/lib/time/clock";
import { type CommitteeWorld, makeCommitteeWorld } from "../helpers/committee-world";
import { expectAppError } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

const signedIn = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/server/session", () => ({
  getCurrentUser: async () => signedIn.user,
  requireUser: async () => signedIn.user,
}));

useTestDatabase();

let w: CommitteeWorld;
let koreaSide: string;
let usSide: string;
let plannedId: string;

const newSession = (title: string, days: number) =>
  createSession(w.manager, {
    committeeId: w.committeeId,
    title,
    startsAt: `${isoDateFromToday(days)}T10:00`,
    endsAt: `${isoDateFromToday(days)}T12:00`,
    timeZone: "Asia/Seoul",
    place: "Seoul",
    onlineUrl: "",
  });

let emailCounter = 0;
/** Adds a new contact (of the actor's institution) inline to a side's delegation. */
const addNewContact = (actor: Actor, sessionId: string, sideId: string, extra: Record<string, string> = {}) =>
  addContact(
    actor,
    addContactSchema.parse({
      sessionId,
      sideId,
      role: "Adviser",
      name: `Contact ${++emailCounter}`,
      email: `contact${emailCounter}@ministry.example`,
      organisation: "Ministry of Science and ICT",
      title: "Deputy Director",
      locale: "en",
      ...extra,
    }),
  );

/** The token in the last invitation email sent to `to`. */
async function lastLinkTo(to: string) {
  const email = await db().emailOutbox.findFirstOrThrow({ where: { to }, orderBy: { id: "desc" } });
  const token = /\/delegation\/([A-Za-z0-9_-]+)/.exec(email.text)?.[1];
  expect(token).toBeTruthy();
  return { token: token!, email };
}

const memberRow = (id: string) => db().delegationMember.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  w = await makeCommitteeWorld();
  const committee = await getCommittee(w.manager, w.committeeId);
  [koreaSide, usSide] = committee.sides.map((s) => s.id);
  plannedId = (await newSession("Eleventh session", 30)).id;
}, 120_000);

afterEach(() => {
  signedIn.user = null;
  setClockForTests(null);
});

describe("who edits a side's delegation", () => {
  // Managers edit both sides; a co-chair their own side; other workspace members get 403;
  // people outside the workspace 404.
  type Person = "manager" | "usManager" | "american" | "korean" | "usViewer" | "thirdParty" | "stranger" | "usOutsider";
  const table: [string, Person, "KOREA" | "US", "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
    ["Korean manager and co-chair", "manager", "KOREA", "ok"],
    ["Korean manager and co-chair", "manager", "US", "ok"],
    ["US manager", "usManager", "KOREA", "ok"],
    ["US manager", "usManager", "US", "ok"],
    ["US co-chair (contributor)", "american", "US", "ok"],
    ["US co-chair (contributor)", "american", "KOREA", "FORBIDDEN"],
    ["Korean contributor", "korean", "KOREA", "FORBIDDEN"],
    ["US viewer", "usViewer", "US", "FORBIDDEN"],
    ["third-party contributor", "thirdParty", "KOREA", "FORBIDDEN"],
    ["stranger from another workspace", "stranger", "KOREA", "NOT_FOUND"],
    ["member of the US institution outside the workspace", "usOutsider", "US", "NOT_FOUND"],
  ];
  it.each(table)("%s (%s) → %s side: %s", async (_who, person, side, outcome) => {
    const sideId = side === "KOREA" ? koreaSide : usSide;
    const attempt = addNewContact(w[person], plannedId, sideId);
    if (outcome === "ok") expect((await attempt).sideId).toBe(sideId);
    else await expectAppError(attempt, outcome);
  });

  it("members are added only from the side's institutions, once; co-chairs remove from their own side only", async () => {
    const session = await newSession("Members session", 40);
    await expectAppError(
      addMember(w.manager, { sessionId: session.id, sideId: koreaSide, userId: w.american.id, role: "" }),
      "VALIDATION",
      "not_on_side",
    );
    const korean = await addMember(w.manager, {
      sessionId: session.id,
      sideId: koreaSide,
      userId: w.korean.id,
      role: "Head of delegation",
    });
    await expectAppError(
      addMember(w.manager, { sessionId: session.id, sideId: koreaSide, userId: w.korean.id, role: "" }),
      "VALIDATION",
      "already_in_delegation",
    );
    await expectAppError(
      removeMember(w.american, { sessionId: session.id, memberId: korean.id, version: korean.version }),
      "FORBIDDEN",
    );
    await expectAppError(
      removeMember(w.manager, { sessionId: session.id, memberId: korean.id, version: korean.version + 1 }),
      "CONFLICT",
      "stale_delegation",
    );
    await removeMember(w.manager, { sessionId: session.id, memberId: korean.id, version: korean.version });
    expect(await db().delegationMember.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("every reader of the session sees both sides; outside the workspace it is a 404", async () => {
    const view = await getDelegations(w.usViewer, plannedId);
    expect(view.sides.map((s) => s.people.length).every((n) => n > 0)).toBe(true);
    expect(view.sides.every((s) => !s.can.edit)).toBe(true);
    const american = await getDelegations(w.american, plannedId);
    expect(american.sides.map((s) => s.can.edit)).toEqual([false, true]);
    // A contact's email stays with the institution that keeps it.
    const usContacts = new Set(
      (await db().institutionContact.findMany({ where: { institutionId: w.us } })).map((c) => c.email),
    );
    const contactEmails = view.sides.flatMap((s) => s.people).filter((p) => p.kind === "contact");
    expect(contactEmails.some((p) => p.email === null)).toBe(true);
    expect(contactEmails.every((p) => p.email === null || usContacts.has(p.email))).toBe(true);
    await expectAppError(getDelegations(w.stranger, plannedId), "NOT_FOUND");
  });
});

describe("contacts belong to one institution", () => {
  it("another institution's contact is a 404 everywhere; emails are unique per institution whatever the case", async () => {
    const contact = await createContact(
      w.manager,
      contactSchema.parse({ name: "Choi Young-ho", email: "Choi.YH@msit.example", organisation: "MSIT", locale: "ko" }),
    );
    expect((await getContact(w.korean, contact.id)).name).toBe("Choi Young-ho");
    await expectAppError(getContact(w.american, contact.id), "NOT_FOUND");
    expect((await listContacts(w.american)).items.map((c) => c.id)).not.toContain(contact.id);
    expect((await listContacts(w.korean)).items.map((c) => c.id)).toContain(contact.id);
    await expectAppError(
      addContact(
        w.usManager,
        addContactSchema.parse({ sessionId: plannedId, sideId: usSide, contactId: contact.id, role: "" }),
      ),
      "NOT_FOUND",
    );
    await expectAppError(
      createContact(w.korean, contactSchema.parse({ name: "Someone", email: "choi.yh@MSIT.example" })),
      "VALIDATION",
      "contact_email_taken",
    );
    // The database says so too (unique on institution and lower(email)).
    await expect(
      db().institutionContact.create({
        data: { institutionId: w.korea, name: "Dup", email: "CHOI.YH@msit.example" },
      }),
    ).rejects.toThrow();
    // The same email in another institution is another contact.
    await createContact(w.american, contactSchema.parse({ name: "Choi Young-ho", email: "choi.yh@msit.example" }));
  });

  it("a seat is an account or a contact, never both (CHECK constraint)", async () => {
    const contact = await db().institutionContact.findFirstOrThrow({ where: { institutionId: w.korea } });
    await expect(
      db().delegationMember.create({
        data: {
          sessionId: plannedId,
          sideId: koreaSide,
          userId: w.korean.id,
          contactId: contact.id,
          addedById: w.manager.id,
        },
      }),
    ).rejects.toThrow();
    await expect(
      db().delegationMember.create({ data: { sessionId: plannedId, sideId: koreaSide, addedById: w.manager.id } }),
    ).rejects.toThrow();
  });
});

describe("answering by the emailed link", () => {
  let sessionId: string;
  let contactSeat: string;
  let koreanSeat: string;
  let contactEmail: string;

  beforeAll(async () => {
    sessionId = (await newSession("Twelfth session", 20)).id;
    contactEmail = "kang.minseo@msit.example";
    contactSeat = (
      await addNewContact(w.manager, sessionId, koreaSide, {
        name: "Kang Min-seo",
        email: contactEmail,
        locale: "ko",
        role: "Head of delegation",
      })
    ).id;
    koreanSeat = (await addMember(w.manager, { sessionId, sideId: koreaSide, userId: w.korean.id, role: "Adviser" }))
      .id;
    await expectAppError(sendInvitations(w.american, { sessionId, sideId: koreaSide }), "FORBIDDEN");
    expect(await sendInvitations(w.manager, { sessionId, sideId: koreaSide })).toEqual({ sent: 2 });
    // Sent once: a second press sends nothing new.
    expect(await sendInvitations(w.manager, { sessionId, sideId: koreaSide })).toEqual({ sent: 0 });
  });

  it("the email is in the invitee's language, names the session's zone and carries the calendar invitation", async () => {
    const { email } = await lastLinkTo(contactEmail);
    expect(email.subject).toContain("초대: Twelfth session");
    expect(email.text).toContain("Asia/Seoul");
    expect(email.text).toContain("역할: Head of delegation");
    expect((email.calendar as { method: string; content: string }).method).toBe("REQUEST");
    expect((email.calendar as { content: string }).content).toContain(`UID:session-${sessionId}@`);
    // Only the token's hash is stored.
    const { token } = await lastLinkTo(contactEmail);
    expect(await db().delegationLink.count({ where: { tokenHash: token } })).toBe(0);
  });

  it("accepts once without an account; the second use is refused", async () => {
    const { token } = await lastLinkTo(contactEmail);
    const state = await inspectAnswerLink(token, null);
    expect(state.status).toBe("valid");
    if (state.status === "valid") {
      expect(state.session.title).toBe("Twelfth session");
      expect(state.session.timeZone).toBe("Asia/Seoul");
      expect(state.name).toBe("Kang Min-seo");
    }
    expect(await answerByLink(null, { token, status: "ACCEPTED" })).toEqual({ status: "ACCEPTED" });
    const row = await memberRow(contactSeat);
    expect(row.status).toBe("ACCEPTED");
    expect(row.answeredVia).toBe("LINK");
    expect(row.answeredAt).not.toBeNull();
    await expectAppError(answerByLink(null, { token, status: "DECLINED" }), "NOT_FOUND", "link_gone");
    expect((await inspectAnswerLink(token, null)).status).toBe("used");
    expect((await memberRow(contactSeat)).status).toBe("ACCEPTED");
    expect(await db().auditEvent.count({ where: { action: "delegation.answer", actorEmail: contactEmail } })).toBe(1);
  });

  it("a signed-in person opening someone else's link is refused; the invitee signed in is not", async () => {
    const { token } = await lastLinkTo(w.korean.email);
    expect((await inspectAnswerLink(token, w.american)).status).toBe("other_person");
    await expectAppError(
      answerByLink(w.american, { token, status: "DECLINED" }),
      "FORBIDDEN",
      "link_for_another_person",
    );
    expect((await memberRow(koreanSeat)).status).toBe("INVITED");
    expect((await inspectAnswerLink(token, w.korean)).status).toBe("valid");
    await answerByLink(w.korean, { token, status: "TENTATIVE" });
    expect((await memberRow(koreanSeat)).status).toBe("TENTATIVE");
  });

  it("a new link revokes the old one", async () => {
    const { token: old } = await lastLinkTo(contactEmail);
    await expectAppError(resendInvitation(w.korean, { sessionId, memberId: contactSeat }), "FORBIDDEN");
    await resendInvitation(w.manager, { sessionId, memberId: contactSeat });
    const { token: fresh } = await lastLinkTo(contactEmail);
    expect(fresh).not.toBe(old);
    expect((await inspectAnswerLink(old, null)).status).toBe("used");
    await answerByLink(null, { token: fresh, status: "DECLINED" });
    expect((await memberRow(contactSeat)).status).toBe("DECLINED");

    // A link not yet used is revoked by the next one too.
    await resendInvitation(w.manager, { sessionId, memberId: contactSeat });
    const { token: unused } = await lastLinkTo(contactEmail);
    await resendInvitation(w.manager, { sessionId, memberId: contactSeat });
    await expectAppError(answerByLink(null, { token: unused, status: "ACCEPTED" }), "NOT_FOUND", "link_gone");
  });

  it("a link expires when the session ends", async () => {
    await resendInvitation(w.manager, { sessionId, memberId: contactSeat });
    const { token } = await lastLinkTo(contactEmail);
    const session = await db().session.findUniqueOrThrow({ where: { id: sessionId } });
    setClockForTests(new Date(session.endsAt.getTime() + 60_000));
    expect((await inspectAnswerLink(token, null)).status).toBe("expired");
    await expectAppError(answerByLink(null, { token, status: "ACCEPTED" }), "NOT_FOUND", "link_gone");
    await expectAppError(resendInvitation(w.manager, { sessionId, memberId: contactSeat }), "CONFLICT");
    setClockForTests(null);
    expect((await inspectAnswerLink(token, null)).status).toBe("valid");
  });

  it("an unknown token is unknown", async () => {
    expect((await inspectAnswerLink("x".repeat(43), null)).status).toBe("unknown");
  });

  it("a cancelled session's link shows that answers are closed, not the session's place", async () => {
    const session = await newSession("Cancelled session", 40);
    const seat = await addNewContact(w.manager, session.id, koreaSide);
    await sendInvitations(w.manager, { sessionId: session.id, sideId: koreaSide });
    const contact = await db().institutionContact.findUniqueOrThrow({ where: { id: seat.contactId! } });
    const { token } = await lastLinkTo(contact.email);
    expect((await inspectAnswerLink(token, null)).status).toBe("valid");
    await setSessionStatus(w.manager, { sessionId: session.id, version: session.version, status: "CANCELLED" });
    expect(await inspectAnswerLink(token, null)).toEqual({ status: "closed" });
    await expectAppError(answerByLink(null, { token, status: "ACCEPTED" }), "CONFLICT", "invitations_closed");
  });

  it("rate limits the public doors: per address for the page and answers, per link for answers", async () => {
    // Views: 120 per address per ten minutes; another address is unaffected.
    for (let i = 0; i < LINK_VIEW_LIMIT.limit; i++) await inspectAnswerLink("y".repeat(43), null, "203.0.113.7");
    expect((await inspectAnswerLink("y".repeat(43), null, "203.0.113.7")).status).toBe("rate_limited");
    expect((await inspectAnswerLink("y".repeat(43), null, "203.0.113.8")).status).toBe("unknown");
    // Answers: every attempt on one link counts, refused or not, from any address.
    const token = "z".repeat(43);
    for (let i = 0; i < LINK_ANSWER_LINK_LIMIT.limit; i++)
      await expectAppError(answerByLink(null, { token, status: "ACCEPTED" }, `198.51.100.${i}`), "NOT_FOUND");
    await expectAppError(answerByLink(null, { token, status: "ACCEPTED" }, "198.51.100.200"), "RATE_LIMITED");
    // A fresh window ten minutes later.
    setClockForTests(new Date(clock.ms() + 11 * 60_000));
    await expectAppError(answerByLink(null, { token, status: "ACCEPTED" }, "198.51.100.201"), "NOT_FOUND");
    setClockForTests(null);
  });

  it("members answer in the app too, version-checked, only for their own seat", async () => {
    const seat = await memberRow(koreanSeat);
    await expectAppError(
      answerInApp(w.manager, { sessionId, memberId: koreanSeat, version: seat.version, status: "ACCEPTED" }),
      "NOT_FOUND",
    );
    await expectAppError(
      answerInApp(w.korean, { sessionId, memberId: koreanSeat, version: seat.version - 1, status: "ACCEPTED" }),
      "CONFLICT",
      "stale_delegation",
    );
    await answerInApp(w.korean, { sessionId, memberId: koreanSeat, version: seat.version, status: "ACCEPTED" });
    const after = await memberRow(koreanSeat);
    expect(after.status).toBe("ACCEPTED");
    expect(after.answeredVia).toBe("APP");
    const view = await getDelegations(w.korean, sessionId);
    expect(view.mine?.status).toBe("ACCEPTED");
    expect(view.can.answer).toBe(true);
  });
});

describe("attendance and attendees", () => {
  let heldId: string;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    const held = await newSession("Tenth session", -10);
    heldId = held.id;
    people.head = (
      await addNewContact(w.manager, heldId, koreaSide, {
        name: "Lee Jae-won",
        title: "Director-General for International Cooperation",
        role: "Head of delegation",
      })
    ).id;
    people.korean = (
      await addMember(w.manager, { sessionId: heldId, sideId: koreaSide, userId: w.korean.id, role: "Rapporteur" })
    ).id;
    people.american = (
      await addMember(w.american, { sessionId: heldId, sideId: usSide, userId: w.american.id, role: "Co-chair" })
    ).id;
    people.absent = (
      await addNewContact(w.american, heldId, usSide, { name: "Jordan Hayes", title: "Program Manager", role: "" })
    ).id;
  });

  it("is marked by managers once the session has started, then the pack and the minutes list who attended", async () => {
    const mark = async (actor: Actor, key: string, status: "ATTENDED" | "ABSENT") => {
      const row = await memberRow(people[key]);
      return markAttendance(actor, { sessionId: heldId, memberId: row.id, version: row.version, status });
    };
    await expectAppError(mark(w.manager, "head", "ATTENDED"), "CONFLICT", "attendance_not_yet");
    await setSessionStatus(w.manager, { sessionId: heldId, version: 1, status: "IN_SESSION" });
    await expectAppError(mark(w.american, "head", "ATTENDED"), "FORBIDDEN");
    await mark(w.manager, "head", "ATTENDED");
    await mark(w.manager, "korean", "ATTENDED");
    await mark(w.usManager, "american", "ATTENDED");
    await mark(w.manager, "absent", "ABSENT");
    // Answers close once the session has started.
    const head = await memberRow(people.head);
    const korean = await memberRow(people.korean);
    await expectAppError(
      answerInApp(w.korean, { sessionId: heldId, memberId: korean.id, version: korean.version, status: "DECLINED" }),
      "CONFLICT",
      "invitations_closed",
    );
    expect(head.status).toBe("ATTENDED");
    const minutes = await startMinutes(w.manager, { sessionId: heldId });
    await saveMinutesText(w.manager, {
      minutesId: minutes.id,
      lockVersion: minutes.lockVersion,
      text: "Both delegations met.",
    });
    await setSessionStatus(w.manager, { sessionId: heldId, version: 2, status: "HELD" });
    await mark(w.manager, "absent", "ABSENT"); // staying put is allowed after the session

    const { attendees } = await getSessionPack(w.usViewer, heldId);
    // Equal to a computation from the rows: the ATTENDED seats, by side, in order added.
    const rows = await db().delegationMember.findMany({
      where: { sessionId: heldId, status: "ATTENDED" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { user: true, contact: true },
    });
    expect(attendees.map((s) => s.side)).toEqual(["Korea", "United States"]);
    expect(attendees.flatMap((s) => s.attendees.map((a) => a.name))).toEqual(
      rows.map((r) => r.user?.name ?? r.contact?.name),
    );
    expect(attendees[0].attendees[0]).toMatchObject({
      name: "Lee Jae-won",
      role: "Head of delegation",
      title: "Director-General for International Cooperation",
    });
    expect(attendees[1].attendees.map((a) => a.name)).not.toContain("Jordan Hayes");

    signedIn.user = w.korean;
    const response = await minutesExport(new Request(`http://accord.test/api/sessions/${heldId}/minutes?format=docx`), {
      params: Promise.resolve({ sessionId: heldId }),
    });
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const xml = new TextDecoder().decode(files["word/document.xml"]);
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    expect(text).toContain("Attendees");
    expect(text).toContain("Lee Jae-won");
    expect(text).toContain("Director-General for International Cooperation");
    expect(text).toContain("Head of delegation");
    expect(text).toContain(w.american.name);
    expect(text).not.toContain("Jordan Hayes");

    const pdf = await minutesExport(new Request(`http://accord.test/api/sessions/${heldId}/minutes?format=pdf`), {
      params: Promise.resolve({ sessionId: heldId }),
    });
    const pdfText = (
      await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), { mergePages: true })
    ).text.replace(/\s+/g, " ");
    expect(pdfText).toContain("Attendees");
    expect(pdfText).toContain("Lee Jae-won");
    expect(pdfText).not.toContain("Jordan Hayes");
  });

  it("before the session the pack lists who accepted or is tentative, not who declined or has not answered", async () => {
    const { attendees } = await getSessionPack(w.manager, plannedId);
    const listed = attendees.flatMap((s) => s.attendees);
    expect(listed.every((a) => a.status === "ACCEPTED" || a.status === "TENTATIVE")).toBe(true);
    const seat = await db().delegationMember.findFirstOrThrow({
      where: { sessionId: plannedId, userId: null },
      include: { contact: true },
    });
    await db().delegationMember.update({ where: { id: seat.id }, data: { status: "TENTATIVE" } });
    signedIn.user = w.manager;
    const response = await packExport(new Request(`http://accord.test/api/sessions/${plannedId}/pack?format=docx`), {
      params: Promise.resolve({ sessionId: plannedId }),
    });
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const xml = new TextDecoder().decode(files["word/document.xml"]);
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    expect(text).toContain("Attendees");
    expect(text).toContain(seat.contact!.name);
    expect(text).toContain("Tentative");
  });
});

describe("editing and deleting contacts", () => {
  // Contacts are edited and deleted by members of the institution that keeps them (the rule
  // for creating one); anyone else gets a 404. Edits are version-checked; a contact who sits on
  // a delegation is not deleted (a planned one: remove the seat first; a held one: history).
  const newContact = (actor: Actor, name: string, email: string) =>
    createContact(actor, contactSchema.parse({ name, email, organisation: "MSIT", title: "Director", locale: "ko" }));
  const edit = (actor: Actor, contact: { id: string; version: number }, fields: Record<string, string> = {}) =>
    updateContact(
      actor,
      updateContactSchema.parse({
        contactId: contact.id,
        version: String(contact.version),
        name: "Park Min-ji",
        email: "park.mj@msit.example",
        organisation: "Ministry of Science and ICT",
        title: "Deputy Director",
        locale: "en",
        ...fields,
      }),
    );
  const remove = (actor: Actor, contact: { id: string; version: number }) =>
    deleteContact(actor, deleteContactSchema.parse({ contactId: contact.id, version: String(contact.version) }));
  const contactRow = (id: string) => db().institutionContact.findUnique({ where: { id } });

  it("edits a contact of the actor's institution: fields, version, audit; elsewhere a 404", async () => {
    const contact = await newContact(w.manager, "Park Minji", "pmj@msit.example");
    expect(contact.version).toBe(1);
    await expectAppError(edit(w.american, contact), "NOT_FOUND");
    await expectAppError(edit(w.usManager, contact), "NOT_FOUND");
    await expectAppError(edit(w.stranger, contact), "NOT_FOUND");
    // Any member of the institution, as for creating one (here a contributor).
    const edited = await edit(w.korean, contact);
    expect(edited).toMatchObject({
      name: "Park Min-ji",
      email: "park.mj@msit.example",
      organisation: "Ministry of Science and ICT",
      title: "Deputy Director",
      locale: "en",
      version: 2,
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "contact.update", targetId: contact.id } });
    expect(audit).toMatchObject({ actorId: w.korean.id, institutionId: w.korea, targetType: "contact" });
    expect((audit.metadata as { changed: string[] }).changed.sort()).toEqual(
      ["email", "locale", "name", "organisation", "title"].sort(),
    );
    // The page's boundary: the same zod rules as a new contact.
    expect(
      updateContactSchema.safeParse({ contactId: contact.id, version: "2", name: "P", email: "nope" }).success,
    ).toBe(false);
  });

  it("refuses a stale edit and an email another contact of the institution has, in any letter case", async () => {
    const first = await newContact(w.manager, "Kang Ji-hoon", "kang.jh@msit.example");
    const second = await newContact(w.manager, "Yoon Seo-yeon", "yoon.sy@msit.example");
    await edit(w.manager, first, { name: "Kang Jihoon", email: "kang.jh@msit.example" });
    // A second window still holds version 1.
    await expectAppError(
      edit(w.korean, first, { name: "Kang J.", email: "kang.jh@msit.example" }),
      "CONFLICT",
      "stale_contact",
    );
    expect((await contactRow(first.id))?.name).toBe("Kang Jihoon");
    await expectAppError(
      edit(w.manager, second, { name: "Yoon Seo-yeon", email: "KANG.JH@msit.example" }),
      "VALIDATION",
      "contact_email_taken",
    );
    // Its own email in another case is fine; the same email in another institution too.
    expect((await edit(w.manager, second, { name: "Yoon Seo-yeon", email: "Yoon.SY@msit.example" })).email).toBe(
      "Yoon.SY@msit.example",
    );
    const american = await newContact(w.american, "Kang Ji-hoon (US list)", "kj@stpi.example");
    expect((await edit(w.american, american, { name: "Kang Ji-hoon", email: "kang.jh@msit.example" })).version).toBe(2);
  });

  it("deletes an unused contact (audited); elsewhere a 404; a stale version is refused", async () => {
    const contact = await newContact(w.manager, "Han So-hee", "han.sh@msit.example");
    await expectAppError(remove(w.american, contact), "NOT_FOUND");
    await expectAppError(remove(w.stranger, contact), "NOT_FOUND");
    await expectAppError(remove(w.manager, { id: contact.id, version: 2 }), "CONFLICT", "stale_contact");
    expect(await contactRow(contact.id)).not.toBeNull();
    await remove(w.korean, contact);
    expect(await contactRow(contact.id)).toBeNull();
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "contact.delete", targetId: contact.id } });
    expect(audit).toMatchObject({ actorId: w.korean.id, institutionId: w.korea });
    await expectAppError(remove(w.korean, contact), "NOT_FOUND");
    // The email is free again.
    expect((await newContact(w.manager, "Han So-hee", "han.sh@msit.example")).id).not.toBe(contact.id);
  });

  it("refuses to delete a contact on a planned delegation until the seat is removed", async () => {
    const session = await newSession("Twelfth session", 60);
    const seat = await addNewContact(w.manager, session.id, koreaSide, {
      name: "Seo Hyun-woo",
      email: "seo.hw@msit.example",
    });
    const contact = await db().institutionContact.findUniqueOrThrow({ where: { id: seat.contactId! } });
    await expectAppError(remove(w.manager, contact), "CONFLICT", "contact_in_delegation");
    await setSessionStatus(w.manager, { sessionId: session.id, version: 1, status: "IN_SESSION" });
    await expectAppError(remove(w.manager, contact), "CONFLICT", "contact_in_delegation");
    expect(await contactRow(contact.id)).not.toBeNull();
    // Editing is still allowed, and the delegation shows the new name.
    await edit(w.manager, contact, { name: "Seo Hyunwoo", email: "seo.hw@msit.example" });
    const view = await getDelegations(w.usViewer, session.id);
    expect(view.sides.flatMap((s) => s.people).map((p) => p.name)).toContain("Seo Hyunwoo");
    const row = await memberRow(seat.id);
    await removeMember(w.manager, { sessionId: session.id, memberId: row.id, version: row.version });
    await remove(w.manager, { id: contact.id, version: 2 });
    expect(await contactRow(contact.id)).toBeNull();
  });

  it("keeps a contact who sat on a held or a cancelled session's delegation (contact_in_use)", async () => {
    const held = await newSession("Ninth session", -20);
    const heldSeat = await addNewContact(w.manager, held.id, koreaSide, {
      name: "Jung Eun-ji",
      email: "jung.ej@msit.example",
    });
    await setSessionStatus(w.manager, { sessionId: held.id, version: 1, status: "IN_SESSION" });
    await setSessionStatus(w.manager, { sessionId: held.id, version: 2, status: "HELD" });
    const heldContact = await db().institutionContact.findUniqueOrThrow({ where: { id: heldSeat.contactId! } });
    await expectAppError(remove(w.manager, heldContact), "CONFLICT", "contact_in_use");
    expect(await db().delegationMember.count({ where: { contactId: heldContact.id } })).toBe(1);

    const cancelled = await newSession("Cancelled session", 70);
    const cancelledSeat = await addNewContact(w.manager, cancelled.id, koreaSide, {
      name: "Lim Tae-yang",
      email: "lim.ty@msit.example",
    });
    await setSessionStatus(w.manager, { sessionId: cancelled.id, version: 1, status: "CANCELLED" });
    const cancelledContact = await db().institutionContact.findUniqueOrThrow({
      where: { id: cancelledSeat.contactId! },
    });
    await expectAppError(remove(w.manager, cancelledContact), "CONFLICT", "contact_in_use");
    expect(await contactRow(cancelledContact.id)).not.toBeNull();
    expect(await db().auditEvent.count({ where: { action: "contact.delete", targetId: heldContact.id } })).toBe(0);
  });
});
