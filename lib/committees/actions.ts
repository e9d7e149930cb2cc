"use server";
import { z } from "zod";
import { authedAction } from "@/lib/server/action";
import { carryOverAgendaItem, proposeAgendaItem, recordDecision, setAgendaItemStatus } from "./agenda-items";
import { agendaEntrySchema, committeeSchema, decisionSchema, proposeAgendaItemSchema, sessionSchema } from "./schemas";
import { createCommittee } from "./service";
import { addAgendaEntry, createSession, moveAgendaEntry, removeAgendaEntry, setSessionStatus, updateAgendaEntry } from "./sessions";

const sessionPath = (input: { sessionId: string }) => [`/sessions/${input.sessionId}`];

export const createCommitteeAction = authedAction(committeeSchema, async (actor, input) => {
  const committee = await createCommittee(actor, input);
  return { id: committee.id, href: `/committees/${committee.id}` };
});

export const createSessionAction = authedAction(sessionSchema, async (actor, input) => {
  const session = await createSession(actor, input);
  return { id: session.id, href: `/sessions/${session.id}` };
}, { revalidate: (input) => [`/committees/${input.committeeId}`] });

export const setSessionStatusAction = authedAction(
  z.object({ sessionId: z.uuid(), version: z.coerce.number().int(), status: z.enum(["PLANNED", "IN_SESSION", "HELD"]) }),
  async (actor, input) => {
    await setSessionStatus(actor, input);
    return null;
  },
  { revalidate: sessionPath },
);

export const addAgendaEntryAction = authedAction(agendaEntrySchema, async (actor, input) => {
  await addAgendaEntry(actor, input);
  return null;
}, { revalidate: sessionPath });

export const updateAgendaEntryAction = authedAction(
  agendaEntrySchema.omit({ agendaItemId: true }).extend({ entryId: z.uuid() }),
  updateAgendaEntry,
  { revalidate: sessionPath },
);
export const moveAgendaEntryAction = authedAction(z.object({ sessionId: z.uuid(), entryId: z.uuid(), direction: z.enum(["up", "down"]) }), moveAgendaEntry, { revalidate: sessionPath });
export const removeAgendaEntryAction = authedAction(z.object({ sessionId: z.uuid(), entryId: z.uuid() }), removeAgendaEntry, { revalidate: sessionPath });

export const recordDecisionAction = authedAction(decisionSchema, async (actor, input) => {
  await recordDecision(actor, input);
  return null;
}, { revalidate: (input) => [`/sessions/${input.sessionId}`, `/agenda-items/${input.agendaItemId}`] });

export const proposeAgendaItemAction = authedAction(proposeAgendaItemSchema, async (actor, input) => {
  const item = await proposeAgendaItem(actor, input);
  return { id: item.id };
}, { revalidate: (input) => [`/committees/${input.committeeId}`] });

export const setAgendaItemStatusAction = authedAction(
  z.object({ agendaItemId: z.uuid(), version: z.coerce.number().int(), status: z.enum(["PROPOSED", "ADOPTED", "IN_PROGRESS", "CONCLUDED", "WITHDRAWN", "DECLINED"]) }),
  async (actor, input) => {
    await setAgendaItemStatus(actor, input);
    return null;
  },
  { revalidate: (input) => [`/agenda-items/${input.agendaItemId}`] },
);

export const carryOverAction = authedAction(z.object({ agendaItemId: z.uuid() }), carryOverAgendaItem, { revalidate: (input) => [`/agenda-items/${input.agendaItemId}`] });
