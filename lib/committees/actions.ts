"use server";
import { authedAction } from "@/lib/server/action";
import {
  carryOverAgendaItem,
  linkBrief,
  proposeAgendaItem,
  recordDecision,
  setAgendaItemStatus,
  unlinkBrief,
} from "./agenda-items";
import { giveFeedback } from "./feedback";
import { amendMinutes, approveMinutes, saveMinutesText, setMinutesStatus, startMinutes } from "./minutes";
import {
  agendaEntrySchema,
  agendaItemSchema,
  briefLinkSchema,
  committeeRemindersSchema,
  committeeSchema,
  decisionSchema,
  feedbackSchema,
  minutesVersionSchema,
  moveAgendaEntrySchema,
  proposeAgendaItemSchema,
  removeAgendaEntrySchema,
  rescheduleSessionSchema,
  saveMinutesSchema,
  sessionMinutesSchema,
  sessionSchema,
  setAgendaItemStatusSchema,
  setMinutesStatusSchema,
  setSessionStatusSchema,
  updateAgendaEntrySchema,
} from "./schemas";
import { createCommittee, updateCommitteeReminders } from "./service";
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

export const updateCommitteeRemindersAction = authedAction(committeeRemindersSchema, updateCommitteeReminders, {
  revalidate: (input) => [`/committees/${input.committeeId}`],
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
  setSessionStatusSchema,
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

export const updateAgendaEntryAction = authedAction(updateAgendaEntrySchema, updateAgendaEntry, {
  revalidate: sessionPath,
});
export const moveAgendaEntryAction = authedAction(moveAgendaEntrySchema, moveAgendaEntry, { revalidate: sessionPath });
export const removeAgendaEntryAction = authedAction(removeAgendaEntrySchema, removeAgendaEntry, {
  revalidate: sessionPath,
});

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
  setAgendaItemStatusSchema,
  async (actor, input) => {
    await setAgendaItemStatus(actor, input);
    return null;
  },
  { revalidate: (input) => [`/agenda-items/${input.agendaItemId}`] },
);

export const carryOverAction = authedAction(agendaItemSchema, carryOverAgendaItem, {
  revalidate: (input) => [`/agenda-items/${input.agendaItemId}`],
});

// Minutes and feedback.

const minutesPath = (input: { sessionId: string }) => [`/sessions/${input.sessionId}`];
export const startMinutesAction = authedAction(
  sessionMinutesSchema,
  async (actor, input) => {
    await startMinutes(actor, input);
    return null;
  },
  { revalidate: minutesPath },
);
export const saveMinutesAction = authedAction(
  saveMinutesSchema,
  async (actor, input) => {
    await saveMinutesText(actor, input);
    return null;
  },
  { revalidate: minutesPath },
);
export const setMinutesStatusAction = authedAction(
  setMinutesStatusSchema,
  async (actor, input) => {
    await setMinutesStatus(actor, input);
    return null;
  },
  { revalidate: minutesPath },
);
export const approveMinutesAction = authedAction(
  minutesVersionSchema,
  async (actor, input) => {
    await approveMinutes(actor, input);
    return null;
  },
  { revalidate: minutesPath },
);
export const amendMinutesAction = authedAction(
  minutesVersionSchema,
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

export const linkBriefAction = authedAction(
  briefLinkSchema,
  async (actor, input) => {
    await linkBrief(actor, input);
    return null;
  },
  { revalidate: (input) => [`/agenda-items/${input.agendaItemId}`] },
);
export const unlinkBriefAction = authedAction(briefLinkSchema, unlinkBrief, {
  revalidate: (input) => [`/agenda-items/${input.agendaItemId}`],
});
