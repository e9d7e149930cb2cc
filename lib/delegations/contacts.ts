import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { actorInstitutionId } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { conflict, invalid, notFound } from "@/lib/server/errors";
import { keyset, toPage } from "@/lib/server/pagination";
import type { ContactInput } from "./schemas";

// Contacts: people without an account whom an institution keeps for its delegations (name,
// organisation, title, email, the language of their invitations). Only the actor's institution
// reads, edits or deletes its own; anyone else's is a 404. Delegations (./service.ts) add them.

export async function listContacts(actor: Actor, cursor?: string) {
  const institutionId = actorInstitutionId(actor);
  const page = keyset(cursor);
  const rows = await db().institutionContact.findMany({
    where: { institutionId, ...page.where },
    orderBy: page.orderBy,
    take: page.take,
    select: {
      id: true,
      name: true,
      organisation: true,
      title: true,
      email: true,
      locale: true,
      version: true,
      _count: { select: { seats: true } },
    },
  });
  return toPage(rows);
}

/** A contact of the actor's institution (404 for anyone else's). */
export async function getContact(actor: Actor, contactId: string) {
  const contact = await db().institutionContact.findFirst({
    where: { id: contactId, institutionId: actorInstitutionId(actor) },
  });
  if (!contact) throw notFound("This contact");
  return contact;
}

/**
 * The database's own refusal of a change that raced the checks before it (two edits to one
 * email at once: the unique index; a seat added while deleting: the foreign key), as the same
 * clear message the check gives.
 */
async function refusingRace<T>(work: Promise<T>, code: "P2002" | "P2003", refusal: () => Error): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === code) throw refusal();
    throw error;
  }
}

export async function insertContact(tx: Tx, actor: Actor, input: ContactInput) {
  const institutionId = actorInstitutionId(actor);
  const taken = await tx.institutionContact.findFirst({
    where: { institutionId, email: { equals: input.email, mode: "insensitive" } },
    select: { id: true },
  });
  if (taken) throw invalid("email", "contact_email_taken");
  return refusingRace(tx.institutionContact.create({ data: { ...input, institutionId } }), "P2002", () =>
    invalid("email", "contact_email_taken"),
  );
}

export async function createContact(actor: Actor, input: ContactInput) {
  return db().$transaction(async (tx) => {
    const contact = await insertContact(tx, actor, input);
    await recordAudit(tx, {
      action: "contact.create",
      actor,
      targetType: "contact",
      targetId: contact.id,
      institutionId: contact.institutionId,
      metadata: { name: contact.name },
    });
    return contact;
  });
}

/** The contact of the actor's institution, read in the transaction (404 for anyone else's). */
async function ownContact(tx: Tx, actor: Actor, contactId: string) {
  const contact = await tx.institutionContact.findFirst({
    where: { id: contactId, institutionId: actorInstitutionId(actor) },
  });
  if (!contact) throw notFound("This contact");
  return contact;
}

/**
 * Edits a contact of the actor's institution (the same people who may create one: members of
 * that institution). The email stays unique per institution in any letter case; a stale
 * version is refused by one conditional write.
 */
export async function updateContact(actor: Actor, input: ContactInput & { contactId: string; version: number }) {
  return db().$transaction(async (tx) => {
    const contact = await ownContact(tx, actor, input.contactId);
    if (contact.version !== input.version) throw conflict("stale_contact");
    const taken = await tx.institutionContact.findFirst({
      where: {
        institutionId: contact.institutionId,
        email: { equals: input.email, mode: "insensitive" },
        id: { not: contact.id },
      },
      select: { id: true },
    });
    if (taken) throw invalid("email", "contact_email_taken");
    const data = {
      name: input.name,
      organisation: input.organisation,
      title: input.title,
      email: input.email,
      locale: input.locale,
    };
    const { count } = await refusingRace(
      tx.institutionContact.updateMany({
        where: { id: contact.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      }),
      "P2002",
      () => invalid("email", "contact_email_taken"),
    );
    if (count !== 1) throw conflict("stale_contact");
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => contact[k] !== data[k]);
    await recordAudit(tx, {
      action: "contact.update",
      actor,
      targetType: "contact",
      targetId: contact.id,
      institutionId: contact.institutionId,
      metadata: { name: input.name, changed },
    });
    return tx.institutionContact.findUniqueOrThrow({ where: { id: contact.id } });
  });
}

/**
 * Deletes a contact of the actor's institution that sits on no delegation. A seat on a planned
 * or running session must be removed from that delegation first (`contact_in_delegation`); a
 * seat on a held or cancelled session is history (the foreign key is Restrict), so such a
 * contact is kept (`contact_in_use`).
 */
export async function deleteContact(actor: Actor, input: { contactId: string; version: number }) {
  return db().$transaction(async (tx) => {
    const contact = await ownContact(tx, actor, input.contactId);
    if (contact.version !== input.version) throw conflict("stale_contact");
    const seats = await tx.delegationMember.findMany({
      where: { contactId: contact.id },
      select: { session: { select: { status: true } } },
    });
    if (seats.some((s) => s.session.status === "PLANNED" || s.session.status === "IN_SESSION"))
      throw conflict("contact_in_delegation");
    if (seats.length > 0) throw conflict("contact_in_use");
    const { count } = await refusingRace(
      tx.institutionContact.deleteMany({ where: { id: contact.id, version: input.version } }),
      "P2003",
      () => conflict("contact_in_delegation"),
    );
    if (count !== 1) throw conflict("stale_contact");
    await recordAudit(tx, {
      action: "contact.delete",
      actor,
      targetType: "contact",
      targetId: contact.id,
      institutionId: contact.institutionId,
      metadata: { name: contact.name, email: contact.email },
    });
    return null;
  });
}
