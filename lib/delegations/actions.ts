"use server";
import { headers } from "next/headers";
import { authedAction, optionalSessionAction } from "@/lib/server/action";
import { clientIpFrom } from "@/lib/server/request";
import {
  addContactSchema,
  addMemberSchema,
  answerByLinkSchema,
  answerInAppSchema,
  attendanceSchema,
  contactSchema,
  deleteContactSchema,
  memberRefSchema,
  removeMemberSchema,
  sendInvitationsSchema,
  updateContactSchema,
} from "./schemas";
import {
  addContact,
  addMember,
  answerByLink,
  answerInApp,
  createContact,
  deleteContact,
  markAttendance,
  removeMember,
  resendInvitation,
  sendInvitations,
  updateContact,
} from "./service";

const sessionPath = (input: { sessionId: string }) => [`/sessions/${input.sessionId}`];

export const addDelegationMemberAction = authedAction(
  addMemberSchema,
  async (actor, input) => {
    await addMember(actor, input);
    return null;
  },
  { revalidate: sessionPath },
);

export const addDelegationContactAction = authedAction(
  addContactSchema,
  async (actor, input) => {
    await addContact(actor, input);
    return null;
  },
  { revalidate: (input) => [...sessionPath(input), "/contacts"] },
);

export const removeDelegationMemberAction = authedAction(
  removeMemberSchema,
  async (actor, input) => {
    await removeMember(actor, input);
    return null;
  },
  { revalidate: sessionPath },
);

export const sendInvitationsAction = authedAction(sendInvitationsSchema, sendInvitations, { revalidate: sessionPath });
export const resendInvitationAction = authedAction(memberRefSchema, resendInvitation, { revalidate: sessionPath });

export const markAttendanceAction = authedAction(
  attendanceSchema,
  async (actor, input) => {
    await markAttendance(actor, input);
    return null;
  },
  { revalidate: sessionPath },
);

export const answerInAppAction = authedAction(
  answerInAppSchema,
  async (actor, input) => {
    await answerInApp(actor, input);
    return null;
  },
  { revalidate: sessionPath },
);

/** The public answer page: no sign-in needed, but a signed-in other person is refused. */
/** The public answer page: the client's address (trusted-proxy aware) for the rate limit. */
export const answerByLinkAction = optionalSessionAction(answerByLinkSchema, async (actor, input) => {
  const h = await headers();
  return answerByLink(
    actor,
    input,
    clientIpFrom((name) => h.get(name)),
  );
});

export const createContactAction = authedAction(
  contactSchema,
  async (actor, input) => {
    await createContact(actor, input);
    return null;
  },
  { revalidate: () => ["/contacts"] },
);

export const updateContactAction = authedAction(
  updateContactSchema,
  async (actor, input) => {
    await updateContact(actor, input);
    return null;
  },
  { revalidate: () => ["/contacts"] },
);

export const deleteContactAction = authedAction(deleteContactSchema, deleteContact, {
  revalidate: () => ["/contacts"],
});
