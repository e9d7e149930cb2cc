"use server";
import { z } from "zod";
import { authedAction } from "@/lib/server/action";
import {
  carryOverAgendaItem,
  linkBrief,
  proposeAgendaItem,
  recordDecision,
  setAgendaItemStatus,
  unlinkBrief,
} from "./agenda-items";
import { feedbackSchema, giveFeedback } from "./feedback";
import {
  amendMinutes,
  approveMinutes,
  minutesStepSchema,
  minutesTextSchema,
  saveMinutesText,
  setMinutesStatus,
  startMinutes,
} from "./minutes";
import {
  agendaEntrySchema,
  committeeSchema,
  decisionSchema,
  proposeAgendaItemSchema,
  rescheduleSessionSchema,
  sessionSchema,
} from "./schemas";
import { createCommittee } from "./service";
import {
  addAgendaEntry,
  createSession,
  moveAgendaEntry,
  removeAgendaEntry,
  rescheduleSession,
  setSessionStatus,
  updateAgendaEntry,
} from "./sessions";

const sessionPath = (input: { sessionId: string }) => [`/sessions/${input.sessionId}`];

export const createCommitteeAction = authedAction(committeeSchema, async (actor, input) => {
  const committee = await createCommittee(actor, input);
  return { id: committee.id, href: `/committees/${committee.id}` };
});

export const createSessionAction = authedAction(
  sessionSchema,
  async (actor, input) => {
    const session = await createSession(actor, input);
    return { id: session.id, href: `/sessions/${session.id}` };
  },
  { revalidate: (input) => [`/committees/${input.committeeId}`] },
);

export const setSessionStatusAction = authedAction(
  z.object({
    sessionId: z.uuid(),
    version: z.coerce.number().int(),
    status: z.enum(["PLANNED", "IN_SESSION", "HELD", "CANCELLED"]),
  }),
  async (actor, input) => {
    await setSessionStatus(actor, input);
    return null;
  },
  { revalidate: sessionPath },
);

export const rescheduleSessionAction = authedAction(
  rescheduleSessionSchema,
  async (actor, input) => {
    await rescheduleSession(actor, input);
    return null;
  },
  { revalidate: sessionPath },
);

export const addAgendaEntryAction = authedAction(
  agendaEntrySchema,
  async (actor, input) => {
    await addAgendaEntry(actor, input);
    return null;
  },
  { revalidate: sessionPath },
);

export const updateAgendaEntryAction = authedAction(
  agendaEntrySchema.omit({ agendaItemId: true }).extend({ entryId: z.uuid() }),
  updateAgendaEntry,
  { revalidate: sessionPath },
);
export const moveAgendaEntryAction = authedAction(
  z.object({ sessionId: z.uuid(), entryId: z.uuid(), direction: z.enum(["up", "down"]) }),
  moveAgendaEntry,
  { revalidate: sessionPath },
);
export const removeAgendaEntryAction = authedAction(
  z.object({ sessionId: z.uuid(), entryId: z.uuid() }),
  removeAgendaEntry,
  { revalidate: sessionPath },
);

export const recordDecisionAction = authedAction(
  decisionSchema,
  async (actor, input) => {
    await recordDecision(actor, input);
    return null;
  },
  { revalidate: (input) => [`/sessions/${input.sessionId}`, `/agenda-items/${input.agendaItemId}`] },
);

export const proposeAgendaItemAction = authedAction(
  proposeAgendaItemSchema,
  async (actor, input) => {
    const item = await proposeAgendaItem(actor, input);
    return { id: item.id };
  },
  { revalidate: (input) => [`/committees/${input.committeeId}`] },
);

export const setAgendaItemStatusAction = authedAction(
  z.object({
    agendaItemId: z.uuid(),
    version: z.coerce.number().int(),
    status: z.enum(["PROPOSED", "ADOPTED", "IN_PROGRESS", "CONCLUDED", "WITHDRAWN", "DECLINED"]),
  }),
  async (actor, input) => {
    await setAgendaItemStatus(actor, input);
    return null;
  },
  { revalidate: (input) => [`/agenda-items/${input.agendaItemId}`] },
);

export const carryOverAction = authedAction(z.object({ agendaItemId: z.uuid() }), carryOverAgendaItem, {
  revalidate: (input) => [`/agenda-items/${input.agendaItemId}`],
});

// Minutes and feedback.

const minutesPath = (input: { sessionId: string }) => [`/sessions/${input.sessionId}`];
export const startMinutesAction = authedAction(
  z.object({ sessionId: z.uuid() }),
  async (actor, input) => {
    await startMinutes(actor, input);
    return null;
  },
  { revalidate: minutesPath },
);
export const saveMinutesAction = authedAction(
  minutesTextSchema.extend({ sessionId: z.uuid() }),
  async (actor, input) => {
    await saveMinutesText(actor, input);
    return null;
  },
  { revalidate: minutesPath },
);
export const setMinutesStatusAction = authedAction(
  minutesStepSchema.extend({ sessionId: z.uuid(), status: z.enum(["CIRCULATED", "DRAFT"]) }),
  async (actor, input) => {
    await setMinutesStatus(actor, input);
    return null;
  },
  { revalidate: minutesPath },
);
export const approveMinutesAction = authedAction(
  z.object({ sessionId: z.uuid(), minutesId: z.uuid() }),
  async (actor, input) => {
    await approveMinutes(actor, input);
    return null;
  },
  { revalidate: minutesPath },
);
export const amendMinutesAction = authedAction(
  z.object({ sessionId: z.uuid(), minutesId: z.uuid() }),
  async (actor, input) => {
    await amendMinutes(actor, input);
    return null;
  },
  { revalidate: minutesPath },
);

export const giveFeedbackAction = authedAction(
  feedbackSchema,
  async (actor, input) => {
    await giveFeedback(actor, input);
    return null;
  },
  { revalidate: (input) => [`/agenda-items/${input.agendaItemId}`] },
);

const briefLink = z.object({ agendaItemId: z.uuid(), briefId: z.uuid() });
export const linkBriefAction = authedAction(
  briefLink,
  async (actor, input) => {
    await linkBrief(actor, input);
    return null;
  },
  { revalidate: (input) => [`/agenda-items/${input.agendaItemId}`] },
);
export const unlinkBriefAction = authedAction(briefLink, unlinkBrief, {
  revalidate: (input) => [`/agenda-items/${input.agendaItemId}`],
});
