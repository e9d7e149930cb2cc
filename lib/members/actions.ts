"use server";
import { authedAction } from "@/lib/server/action";
import { changeMemberRoleSchema, invitationIdSchema, inviteMemberSchema, memberIdSchema } from "./schemas";
import {
  changeMemberRole,
  deactivateMember,
  inviteMember,
  issuePasswordReset,
  reactivateMember,
  revokeInvitation,
} from "./service";

const revalidate = () => ["/admin/members"];

export const inviteMemberAction = authedAction(inviteMemberSchema, inviteMember, { revalidate });
export const changeMemberRoleAction = authedAction(changeMemberRoleSchema, changeMemberRole, { revalidate });
export const deactivateMemberAction = authedAction(
  memberIdSchema,
  (actor, input) => deactivateMember(actor, input.userId),
  { revalidate },
);
export const reactivateMemberAction = authedAction(
  memberIdSchema,
  (actor, input) => reactivateMember(actor, input.userId),
  { revalidate },
);
export const issuePasswordResetAction = authedAction(
  memberIdSchema,
  (actor, input) => issuePasswordReset(actor, input.userId),
  { revalidate },
);
export const revokeInvitationAction = authedAction(
  invitationIdSchema,
  (actor, input) => revokeInvitation(actor, input.invitationId),
  { revalidate },
);
