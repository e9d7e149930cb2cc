"use server";
import { headers } from "next/headers";
import { authedAction, publicAction } from "@/lib/server/action";
import { clientIpFrom } from "@/lib/server/request";
import { submitConsultationAnswer } from "./public";
import {
  addInviteesSchema,
  answerSchema,
  openRoundSchema,
  releaseRoundSchema,
  revokeInviteeSchema,
  roundActionSchema,
} from "./schemas";
import { addInvitees, closeRound, openRound, releaseRound, revokeInvitee, sendInvitations } from "./service";

const roundPath = (input: { roundId: string }) => [`/consultations/${input.roundId}`];

export const openRoundAction = authedAction(
  openRoundSchema,
  async (actor, input) => {
    const round = await openRound(actor, input);
    return { id: round.id, href: `/consultations/${round.id}` };
  },
  { revalidate: (input) => [`/agenda-items/${input.agendaItemId}`] },
);

export const addInviteesAction = authedAction(addInviteesSchema, addInvitees, { revalidate: roundPath });

export const sendInvitationsAction = authedAction(roundActionSchema, sendInvitations, { revalidate: roundPath });

export const revokeInviteeAction = authedAction(
  revokeInviteeSchema,
  async (actor, input) => {
    await revokeInvitee(actor, input);
    return null;
  },
  { revalidate: roundPath },
);

export const closeRoundAction = authedAction(
  roundActionSchema,
  async (actor, input) => {
    await closeRound(actor, input);
    return null;
  },
  { revalidate: roundPath },
);

export const releaseRoundAction = authedAction(
  releaseRoundSchema,
  async (actor, input) => {
    await releaseRound(actor, input);
    return null;
  },
  { revalidate: roundPath },
);

/** The public form: no session; the client's address (trusted-proxy aware) for the rate limit. */
export const submitAnswerAction = publicAction(
  answerSchema,
  async (input) => {
    const h = await headers();
    return submitConsultationAnswer(
      input,
      clientIpFrom((name) => h.get(name)),
    );
  },
  { revalidate: (input) => [`/consult/${input.token}`] },
);
