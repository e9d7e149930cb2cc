import "server-only";
// Delegations and attendance (issue 12, item 2): per session, each side's delegation of members
// (accounts) and contacts (people without an account, kept per institution). People answer an
// invitation by a signed single-person link (no account needed) or in the app; managers mark
// attendance once the session is under way. Rules:
// - Reading: whoever reads the session reads both sides' delegations (committeeWhere).
// - Editing a side's delegation (add, remove, invite): workspace managers and that side's
//   co-chairs; others in the workspace get 403, anyone else 404.
// - Attendance: managers, while the session is IN_SESSION or HELD.
// - Contacts: only the actor's institution's (another institution's contact is a 404).
// - Links: random token, SHA-256 stored, expiring at the session's end, consumed by one
//   conditional updateMany; sending a new one revokes the old.
import { committeeAccess } from "@/lib/committees/service";
import { queueEmail } from "@/lib/email/service";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DelegationStatus, SessionStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { actorInstitutionId } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { canWorkspace, requirePermission } from "@/lib/server/authz";
import { db, type Tx } from "@/lib/server/db";
import { AppError, conflict, invalid, notFound } from "@/lib/server/errors";
import { hashLinkToken, newLinkToken } from "@/lib/server/link-tokens";
import { absoluteUrl } from "@/lib/server/links";
import { hitRateLimits, type RateLimit } from "@/lib/server/rate-limit";
import { committeeWhere } from "@/lib/server/scope";
import { assertTransition } from "@/lib/server/transitions";
import { clock } from "@/lib/time/clock";
import { insertContact } from "./contacts";
import { delegationInvitationEmail } from "./emails";
import type { ContactInput } from "./schemas";
import { attendeeStatuses, DELEGATION_TRANSITIONS } from "./transitions";

export { attendeeStatuses } from "./transitions";

const SESSION_SELECT = {
  id: true,
  committeeId: true,
  title: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  place: true,
  onlineUrl: true,
  status: true,
  version: true,
  committee: { select: { name: true } },
} as const;

const PERSON_SELECT = {
  id: true,
  sideId: true,
  role: true,
  status: true,
  answeredAt: true,
  answeredVia: true,
  invitedAt: true,
  version: true,
  userId: true,
  contactId: true,
  user: { select: { id: true, name: true, email: true, locale: true, institution: { select: { name: true } } } },
  contact: {
    select: { id: true, name: true, organisation: true, title: true, email: true, locale: true, institutionId: true },
  },
} as const;

type MemberRow = Prisma.DelegationMemberGetPayload<{ select: typeof PERSON_SELECT }>;

/** A delegation member as pages and documents show them (a contact's email stays with its institution). */
function personOf(m: MemberRow, actorInstitution: string | null) {
  return {
    id: m.id,
    sideId: m.sideId,
    kind: m.userId ? ("member" as const) : ("contact" as const),
    userId: m.userId,
    name: m.user?.name ?? m.contact?.name ?? "",
    organisation: m.user ? (m.user.institution?.name ?? "") : (m.contact?.organisation ?? ""),
    title: m.contact?.title ?? "",
    email: m.user ? m.user.email : m.contact?.institutionId === actorInstitution ? (m.contact?.email ?? null) : null,
    role: m.role,
    status: m.status,
    answeredAt: m.answeredAt,
    answeredVia: m.answeredVia,
    invitedAt: m.invitedAt,
    version: m.version,
  };
}
export type DelegationPerson = ReturnType<typeof personOf>;

// ---------------------------------------------------------------------------------------
// Access

/** The session (404 unless the actor reads its committee), the actor's role and sides. */
async function sessionAccess(tx: Tx, actor: Actor, sessionId: string) {
  const session = await tx.session.findFirst({
    where: { id: sessionId, committee: committeeWhere(actor) },
    select: SESSION_SELECT,
  });
  if (!session) throw notFound("This session");
  const access = await committeeAccess(tx, actor, session.committeeId);
  const coChairOf = (
    await tx.committeeCoChair.findMany({
      where: { committeeId: session.committeeId, userId: actor.id },
      select: { sideId: true },
    })
  ).map((c) => c.sideId);
  const manager = canWorkspace(access.role, "committee.manage");
  return { session, committee: access.committee, manager, coChairOf };
}

/** Managers edit every side's delegation, a co-chair their own side's. */
const editsSide = (a: { manager: boolean; coChairOf: string[] }, sideId: string) =>
  a.manager || a.coChairOf.includes(sideId);

/** The side (of this session's committee) whose delegation the actor edits, or 403/404. */
async function sideEditor(tx: Tx, actor: Actor, sessionId: string, sideId: string) {
  const access = await sessionAccess(tx, actor, sessionId);
  const side = await tx.committeeSide.findFirst({
    where: { id: sideId, committeeId: access.session.committeeId },
    select: { id: true, name: true },
  });
  if (!side) throw notFound("This side");
  requirePermission(editsSide(access, side.id), "delegation_editors_only");
  return { ...access, side };
}

/** A delegation can be put together until the session is held or cancelled. */
function assertDelegationOpen(session: { status: SessionStatus }) {
  if (session.status === "HELD") throw conflict("session_held");
  if (session.status === "CANCELLED") throw conflict("session_cancelled");
}

async function memberInSession(tx: Tx, sessionId: string, memberId: string) {
  const member = await tx.delegationMember.findFirst({ where: { id: memberId, sessionId }, select: PERSON_SELECT });
  if (!member) throw notFound("This delegation member");
  return member;
}

/** One conditional write: refuses a stale version (someone else changed the row meanwhile). */
async function writeMember(tx: Tx, member: { id: string; version: number }, data: Prisma.DelegationMemberUpdateInput) {
  const { count } = await tx.delegationMember.updateMany({
    where: { id: member.id, version: member.version },
    data: { ...(data as Prisma.DelegationMemberUpdateManyMutationInput), version: { increment: 1 } },
  });
  if (count !== 1) throw conflict("stale_delegation");
}

const audit = (
  tx: Tx,
  actor: Actor | null,
  action: "delegation.change" | "delegation.invite" | "delegation.answer",
  target: { sessionId: string; workspaceId: string },
  metadata: Prisma.InputJsonValue,
  actorEmail?: string,
) =>
  recordAudit(tx, {
    action,
    actor,
    actorEmail,
    targetType: "session",
    targetId: target.sessionId,
    workspaceId: target.workspaceId,
    institutionId: actor?.institutionId ?? null,
    metadata,
  });

// ---------------------------------------------------------------------------------------
// Reading

/**
 * The session's delegations by side, with what the actor may do: edit (per side), mark
 * attendance, answer their own seat; and what they may add (workspace members of the side's
 * institutions not yet in, their institution's contacts).
 */
export async function getDelegations(actor: Actor, sessionId: string) {
  const tx = db();
  const access = await sessionAccess(tx, actor, sessionId);
  const { session } = access;
  const [sides, rows] = await Promise.all([
    tx.committeeSide.findMany({
      where: { committeeId: session.committeeId },
      orderBy: { position: "asc" },
      select: { id: true, name: true, institutions: { select: { institutionId: true } } },
    }),
    tx.delegationMember.findMany({
      where: { sessionId: session.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: PERSON_SELECT,
    }),
  ]);
  const people = rows.map((r) => personOf(r, actor.institutionId));
  const editable = sides.filter((s) => editsSide(access, s.id)).map((s) => s.id);
  const open = session.status === "PLANNED" || session.status === "IN_SESSION";
  const seated = new Set(rows.map((r) => r.userId).filter(Boolean));
  const candidates = editable.length
    ? await tx.user.findMany({
        where: {
          status: "ACTIVE",
          workspaceMemberships: { some: { workspace: { committees: { some: { id: session.committeeId } } } } },
          institutionId: { in: sides.flatMap((s) => s.institutions.map((i) => i.institutionId)) },
        },
        orderBy: { name: "asc" },
        select: { id: true, name: true, institutionId: true, institution: { select: { shortName: true } } },
        take: 500,
      })
    : [];
  const contacts =
    editable.length && actor.institutionId
      ? await tx.institutionContact.findMany({
          where: { institutionId: actor.institutionId },
          orderBy: { name: "asc" },
          select: { id: true, name: true, organisation: true, email: true },
          take: 500,
        })
      : [];
  const mine = people.find((p) => p.userId === actor.id) ?? null;
  const notPast = session.endsAt > clock.now();
  return {
    session: { id: session.id, status: session.status, title: session.title },
    sides: sides.map((s) => {
      const institutionIds = new Set(s.institutions.map((i) => i.institutionId));
      const canEdit = open && editable.includes(s.id);
      return {
        id: s.id,
        name: s.name,
        people: people.filter((p) => p.sideId === s.id),
        can: {
          edit: canEdit,
          invite: canEdit && session.status === "PLANNED" && notPast,
        },
        candidates: canEdit
          ? candidates
              .filter((u) => u.institutionId && institutionIds.has(u.institutionId) && !seated.has(u.id))
              .map((u) => ({ id: u.id, label: `${u.name} (${u.institution?.shortName ?? ""})` }))
          : [],
      };
    }),
    contacts: contacts.map((c) => ({
      id: c.id,
      label: `${c.name}${c.organisation ? `, ${c.organisation}` : ""} <${c.email}>`,
    })),
    can: {
      markAttendance: access.manager && (session.status === "IN_SESSION" || session.status === "HELD"),
      answer: !!mine && session.status === "PLANNED" && notPast && !["ATTENDED", "ABSENT"].includes(mine.status),
    },
    mine,
  };
}

export interface AttendeeSide {
  side: string;
  attendees: { name: string; organisation: string; title: string; role: string; status: DelegationStatus }[];
}

/**
 * Attendees by side for the pack and the minutes (pages and documents): for a held session those
 * marked present, else who accepted or is tentative. The caller has read the session in scope.
 */
export async function sessionAttendees(
  tx: Tx,
  session: { id: string; committeeId: string; status: SessionStatus },
): Promise<AttendeeSide[]> {
  const [sides, rows] = await Promise.all([
    tx.committeeSide.findMany({
      where: { committeeId: session.committeeId },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    }),
    tx.delegationMember.findMany({
      where: { sessionId: session.id, status: { in: attendeeStatuses(session.status) } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: PERSON_SELECT,
    }),
  ]);
  return sides.map((side) => ({
    side: side.name,
    attendees: rows
      .filter((r) => r.sideId === side.id)
      .map((r) => {
        const p = personOf(r, null);
        return { name: p.name, organisation: p.organisation, title: p.title, role: p.role, status: p.status };
      }),
  }));
}

/** Attendees of a session the actor reads (404 otherwise). */
export async function getAttendees(actor: Actor, sessionId: string) {
  const { session } = await sessionAccess(db(), actor, sessionId);
  return sessionAttendees(db(), session);
}

// Contacts (per institution): ./contacts.ts, re-exported for pages and other domains.
export { createContact, deleteContact, getContact, listContacts, updateContact } from "./contacts";

// ---------------------------------------------------------------------------------------
// Building a delegation

/**
 * Session series: the next session starts with the held one's delegations, each person back to
 * INVITED (nobody has been asked yet), roles kept. A member no longer active, out of the
 * workspace or whose institution left the side is not copied; contacts always are. Runs in the
 * caller's transaction (`planNextSession`), which has already checked the manager's right.
 */
export async function copyDelegations(
  tx: Tx,
  input: { fromSessionId: string; toSessionId: string; workspaceId: string; committeeId: string; actorId: string },
): Promise<number> {
  const seats = await tx.delegationMember.findMany({
    where: {
      sessionId: input.fromSessionId,
      OR: [
        { contactId: { not: null } },
        {
          user: {
            status: "ACTIVE",
            workspaceMemberships: { some: { workspaceId: input.workspaceId } },
            institution: { committeeSeats: { some: { committeeId: input.committeeId } } },
          },
        },
      ],
    },
    orderBy: { createdAt: "asc" },
    select: { sideId: true, userId: true, contactId: true, role: true, user: { select: { institutionId: true } } },
  });
  const sideOf = new Map(
    (
      await tx.committeeInstitution.findMany({
        where: { committeeId: input.committeeId },
        select: { institutionId: true, sideId: true },
      })
    ).map((r) => [r.institutionId, r.sideId]),
  );
  // A member sits where their institution sits now; a contact stays on the side it was on.
  const rows = seats
    .filter((s) => !s.userId || sideOf.get(s.user?.institutionId ?? "") === s.sideId)
    .map((s) => ({
      sessionId: input.toSessionId,
      sideId: s.sideId,
      userId: s.userId,
      contactId: s.contactId,
      role: s.role,
      addedById: input.actorId,
    }));
  if (!rows.length) return 0;
  return (await tx.delegationMember.createMany({ data: rows, skipDuplicates: true })).count;
}

export async function addMember(
  actor: Actor,
  input: { sessionId: string; sideId: string; userId: string; role: string },
) {
  return db().$transaction(async (tx) => {
    const { session, committee, side } = await sideEditor(tx, actor, input.sessionId, input.sideId);
    assertDelegationOpen(session);
    // A member of the committee's workspace whose institution sits on this side.
    const person = await tx.user.findFirst({
      where: {
        id: input.userId,
        status: "ACTIVE",
        workspaceMemberships: { some: { workspaceId: committee.workspaceId } },
        institution: { committeeSeats: { some: { committeeId: session.committeeId, sideId: side.id } } },
      },
      select: { id: true, name: true },
    });
    if (!person) throw invalid("userId", "not_on_side");
    if (await tx.delegationMember.count({ where: { sessionId: session.id, userId: person.id } }))
      throw invalid("userId", "already_in_delegation");
    const member = await tx.delegationMember.create({
      data: { sessionId: session.id, sideId: side.id, userId: person.id, role: input.role, addedById: actor.id },
    });
    await audit(
      tx,
      actor,
      "delegation.change",
      { sessionId: session.id, workspaceId: committee.workspaceId },
      {
        add: person.name,
        side: side.name,
        role: input.role,
      },
    );
    return member;
  });
}

/** Adds a contact of the actor's institution, or a new one (saved to the institution's contacts). */
export async function addContact(
  actor: Actor,
  input: { sessionId: string; sideId: string; contactId: string; role: string; contact: ContactInput | null },
) {
  return db().$transaction(async (tx) => {
    const { session, committee, side } = await sideEditor(tx, actor, input.sessionId, input.sideId);
    assertDelegationOpen(session);
    let contact: { id: string; name: string } | null = null;
    if (input.contactId) {
      contact = await tx.institutionContact.findFirst({
        where: { id: input.contactId, institutionId: actorInstitutionId(actor) },
        select: { id: true, name: true },
      });
      if (!contact) throw notFound("This contact");
    } else if (input.contact) {
      contact = await insertContact(tx, actor, input.contact);
      await recordAudit(tx, {
        action: "contact.create",
        actor,
        targetType: "contact",
        targetId: contact.id,
        institutionId: actor.institutionId,
        metadata: { name: contact.name },
      });
    } else throw invalid("name", "required");
    if (await tx.delegationMember.count({ where: { sessionId: session.id, contactId: contact.id } }))
      throw invalid("contactId", "already_in_delegation");
    const member = await tx.delegationMember.create({
      data: { sessionId: session.id, sideId: side.id, contactId: contact.id, role: input.role, addedById: actor.id },
    });
    await audit(
      tx,
      actor,
      "delegation.change",
      { sessionId: session.id, workspaceId: committee.workspaceId },
      {
        add: contact.name,
        side: side.name,
        role: input.role,
        contact: true,
      },
    );
    return member;
  });
}

export async function removeMember(actor: Actor, input: { sessionId: string; memberId: string; version: number }) {
  return db().$transaction(async (tx) => {
    const access = await sessionAccess(tx, actor, input.sessionId);
    const member = await memberInSession(tx, access.session.id, input.memberId);
    requirePermission(editsSide(access, member.sideId), "delegation_editors_only");
    assertDelegationOpen(access.session);
    const { count } = await tx.delegationMember.deleteMany({ where: { id: member.id, version: input.version } });
    if (count !== 1) throw conflict("stale_delegation");
    await audit(
      tx,
      actor,
      "delegation.change",
      { sessionId: access.session.id, workspaceId: access.committee.workspaceId },
      {
        remove: personOf(member, null).name,
      },
    );
  });
}

// ---------------------------------------------------------------------------------------
// Invitations and their links

/** Revokes the member's open links and issues a new one, expiring at the session's end. */
async function issueLink(tx: Tx, memberId: string, expiresAt: Date) {
  const now = clock.now();
  await tx.delegationLink.updateMany({
    where: { memberId, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const { token, tokenHash } = newLinkToken();
  await tx.delegationLink.create({ data: { memberId, tokenHash, expiresAt } });
  return token;
}

type SessionForEmail = Prisma.SessionGetPayload<{ select: typeof SESSION_SELECT }>;

async function invite(tx: Tx, session: SessionForEmail, member: MemberRow, sideName: string) {
  const to = member.user ?? member.contact;
  if (!to) return;
  const token = await issueLink(tx, member.id, session.endsAt);
  await queueEmail(
    tx,
    delegationInvitationEmail({
      to: { email: to.email, name: to.name, locale: to.locale },
      session,
      committee: session.committee.name,
      side: sideName,
      role: member.role,
      link: absoluteUrl(`/delegation/${token}`),
    }),
  );
  await tx.delegationMember.update({ where: { id: member.id }, data: { invitedAt: clock.now() } });
}

function assertCanInvite(session: { status: SessionStatus; endsAt: Date }) {
  if (session.status !== "PLANNED" || session.endsAt <= clock.now()) throw conflict("invitations_closed");
}

/**
 * "Send invitations" for one side: every INVITED person of the side who has not been sent one
 * gets an email with a fresh link. Returns how many were sent.
 */
export async function sendInvitations(actor: Actor, input: { sessionId: string; sideId: string }) {
  return db().$transaction(async (tx) => {
    const { session, committee, side } = await sideEditor(tx, actor, input.sessionId, input.sideId);
    assertCanInvite(session);
    const pending = await tx.delegationMember.findMany({
      where: { sessionId: session.id, sideId: side.id, status: "INVITED", invitedAt: null },
      select: PERSON_SELECT,
    });
    for (const member of pending) await invite(tx, session, member, side.name);
    if (pending.length)
      await audit(
        tx,
        actor,
        "delegation.invite",
        { sessionId: session.id, workspaceId: committee.workspaceId },
        {
          side: side.name,
          sent: pending.length,
        },
      );
    return { sent: pending.length };
  });
}

/** Sends one person a new link (the old one stops working), e.g. after a lost email. */
export async function resendInvitation(actor: Actor, input: { sessionId: string; memberId: string }) {
  return db().$transaction(async (tx) => {
    const access = await sessionAccess(tx, actor, input.sessionId);
    const member = await memberInSession(tx, access.session.id, input.memberId);
    requirePermission(editsSide(access, member.sideId), "delegation_editors_only");
    assertCanInvite(access.session);
    if (member.status === "ATTENDED" || member.status === "ABSENT") throw conflict("invitations_closed");
    const side = await tx.committeeSide.findUniqueOrThrow({ where: { id: member.sideId }, select: { name: true } });
    await invite(tx, access.session, member, side.name);
    await audit(
      tx,
      actor,
      "delegation.invite",
      { sessionId: access.session.id, workspaceId: access.committee.workspaceId },
      {
        resend: personOf(member, null).name,
      },
    );
    return { sent: 1 };
  });
}

export type AnswerLinkState =
  | {
      status: "valid";
      name: string;
      current: DelegationStatus;
      session: { title: string; startsAt: Date; endsAt: Date; timeZone: string; place: string; onlineUrl: string };
      committee: string;
      side: string;
    }
  | { status: "expired" | "used" | "unknown" | "other_person" | "rate_limited" | "closed" };

// The link pages are public doors: a client address may open 120 and answer 30 per ten
// minutes, a link be answered 10 times (each counts, refused or not; lib/server/rate-limit.ts).
export const LINK_VIEW_LIMIT: RateLimit = { limit: 120, windowSeconds: 600 };
export const LINK_ANSWER_IP_LIMIT: RateLimit = { limit: 30, windowSeconds: 600 };
export const LINK_ANSWER_LINK_LIMIT: RateLimit = { limit: 10, windowSeconds: 600 };

/** Whether the signed-in `actor` (if any) is someone other than the link's person. */
function otherPerson(actor: Actor | null, member: { userId: string | null; contact: { email: string } | null }) {
  if (!actor) return false;
  if (member.userId) return member.userId !== actor.id;
  return member.contact?.email.toLowerCase() !== actor.email.toLowerCase();
}

/** What the public answer page shows for a link (nothing beyond the session's own facts). */
export async function inspectAnswerLink(
  token: string,
  actor: Actor | null,
  ip: string | null = null,
): Promise<AnswerLinkState> {
  if (!(await hitRateLimits(db(), [{ key: `delegation-view:${ip ?? "unknown"}`, rule: LINK_VIEW_LIMIT }])))
    return { status: "rate_limited" };
  const link = await db().delegationLink.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    include: {
      member: {
        select: {
          ...PERSON_SELECT,
          side: { select: { name: true } },
          session: { select: { ...SESSION_SELECT } },
        },
      },
    },
  });
  if (!link) return { status: "unknown" };
  if (link.usedAt || link.revokedAt) return { status: "used" };
  if (link.expiresAt <= clock.now()) return { status: "expired" };
  const { member } = link;
  if (otherPerson(actor, member)) return { status: "other_person" };
  const s = member.session;
  // Cancelled, or already under way: nothing to answer (and no place or link to show).
  if (s.status !== "PLANNED") return { status: "closed" };
  return {
    status: "valid",
    name: personOf(member, null).name,
    current: member.status,
    session: {
      title: s.title,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      timeZone: s.timeZone,
      place: s.place,
      onlineUrl: s.onlineUrl,
    },
    committee: s.committee.name,
    side: member.side.name,
  };
}

const LINK_GONE = "link_gone";

/**
 * The answer from the link: consumes it (one conditional updateMany: unused, unrevoked,
 * unexpired), so it works once; a signed-in person other than the invitee is refused first.
 */
export async function answerByLink(
  actor: Actor | null,
  input: { token: string; status: "ACCEPTED" | "TENTATIVE" | "DECLINED" },
  ip: string | null = null,
) {
  const tokenHash = hashLinkToken(input.token);
  const allowed = await hitRateLimits(db(), [
    { key: `delegation-ip:${ip ?? "unknown"}`, rule: LINK_ANSWER_IP_LIMIT },
    { key: `delegation-link:${tokenHash.slice(0, 32)}`, rule: LINK_ANSWER_LINK_LIMIT },
  ]);
  if (!allowed) throw new AppError("RATE_LIMITED", "rate_limited");
  return db().$transaction(async (tx) => {
    const link = await tx.delegationLink.findUnique({
      where: { tokenHash },
      include: { member: { select: { ...PERSON_SELECT, session: { select: SESSION_SELECT } } } },
    });
    if (!link) throw new AppError("NOT_FOUND", LINK_GONE);
    if (otherPerson(actor, link.member)) throw new AppError("FORBIDDEN", "link_for_another_person");
    const now = clock.now();
    const { count } = await tx.delegationLink.updateMany({
      where: { tokenHash, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) throw new AppError("NOT_FOUND", LINK_GONE);
    const { member } = link;
    if (member.session.status !== "PLANNED") throw conflict("invitations_closed");
    assertTransition(DELEGATION_TRANSITIONS, member.status, input.status);
    await writeMember(tx, member, { status: input.status, answeredAt: now, answeredVia: "LINK" });
    const committee = await tx.committee.findUniqueOrThrow({
      where: { id: member.session.committeeId },
      select: { workspaceId: true },
    });
    const person = personOf(member, null);
    await audit(
      tx,
      actor,
      "delegation.answer",
      { sessionId: member.session.id, workspaceId: committee.workspaceId },
      { person: person.name, from: member.status, to: input.status, via: "LINK" },
      actor ? undefined : (member.user?.email ?? member.contact?.email),
    );
    return { status: input.status };
  });
}

/** A member answers their own invitation on the session page. */
export async function answerInApp(
  actor: Actor,
  input: { sessionId: string; memberId: string; version: number; status: "ACCEPTED" | "TENTATIVE" | "DECLINED" },
) {
  return db().$transaction(async (tx) => {
    const { session, committee } = await sessionAccess(tx, actor, input.sessionId);
    const member = await memberInSession(tx, session.id, input.memberId);
    if (member.userId !== actor.id) throw notFound("This delegation member");
    if (session.status !== "PLANNED" || session.endsAt <= clock.now()) throw conflict("invitations_closed");
    if (member.version !== input.version) throw conflict("stale_delegation");
    assertTransition(DELEGATION_TRANSITIONS, member.status, input.status);
    await writeMember(tx, member, { status: input.status, answeredAt: clock.now(), answeredVia: "APP" });
    await audit(
      tx,
      actor,
      "delegation.answer",
      { sessionId: session.id, workspaceId: committee.workspaceId },
      {
        from: member.status,
        to: input.status,
        via: "APP",
      },
    );
  });
}

/** Managers mark who attended once the session is under way or held. */
export async function markAttendance(
  actor: Actor,
  input: { sessionId: string; memberId: string; version: number; status: "ATTENDED" | "ABSENT" },
) {
  return db().$transaction(async (tx) => {
    const { session, committee, manager } = await sessionAccess(tx, actor, input.sessionId);
    requirePermission(manager, "manager_only_committee");
    if (session.status !== "IN_SESSION" && session.status !== "HELD") throw conflict("attendance_not_yet");
    const member = await memberInSession(tx, session.id, input.memberId);
    if (member.version !== input.version) throw conflict("stale_delegation");
    assertTransition(DELEGATION_TRANSITIONS, member.status, input.status);
    await writeMember(tx, member, { status: input.status });
    // The person's open links stop: there is nothing left to answer.
    await tx.delegationLink.updateMany({
      where: { memberId: member.id, usedAt: null, revokedAt: null },
      data: { revokedAt: clock.now() },
    });
    await audit(
      tx,
      actor,
      "delegation.change",
      { sessionId: session.id, workspaceId: committee.workspaceId },
      {
        person: personOf(member, null).name,
        from: member.status,
        to: input.status,
      },
    );
  });
}
