"use server";
import { authedAction } from "@/lib/server/action";
import {
  addWorkspaceMemberSchema,
  changeWorkspaceRoleSchema,
  createWorkspaceSchema,
  removeWorkspaceMemberSchema,
} from "./schemas";
import { addWorkspaceMember, changeWorkspaceMemberRole, createWorkspace, removeWorkspaceMember } from "./service";

export const createWorkspaceAction = authedAction(
  createWorkspaceSchema,
  async (actor, input) => {
    const workspace = await createWorkspace(actor, input);
    return { id: workspace.id, href: `/workspaces/${workspace.id}` };
  },
  { revalidate: () => ["/workspaces", "/"] },
);

const revalidateWorkspace = (input: { workspaceId: string }) => [`/workspaces/${input.workspaceId}`];

export const addWorkspaceMemberAction = authedAction(
  addWorkspaceMemberSchema,
  async (actor, input) => {
    await addWorkspaceMember(actor, input);
    return null;
  },
  { revalidate: revalidateWorkspace },
);
export const changeWorkspaceRoleAction = authedAction(changeWorkspaceRoleSchema, changeWorkspaceMemberRole, {
  revalidate: revalidateWorkspace,
});
export const removeWorkspaceMemberAction = authedAction(removeWorkspaceMemberSchema, removeWorkspaceMember, {
  revalidate: revalidateWorkspace,
});
