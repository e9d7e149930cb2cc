import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";

export const workspaceRoleSchema = z.enum(["MANAGER", "CONTRIBUTOR", "VIEWER"], { error: "choose_role" });

export const createWorkspaceSchema = z.object({
  name: z.string().trim().min(3, "min_chars:3").max(120, "max_chars:120"),
  description: z.string().trim().max(2000, "max_chars:2000").default(""),
});

export const addWorkspaceMemberSchema = z.object({
  workspaceId: z.uuid(),
  email: emailSchema,
  role: workspaceRoleSchema,
});

export const changeWorkspaceRoleSchema = z.object({
  workspaceId: z.uuid(),
  membershipId: z.uuid(),
  role: workspaceRoleSchema,
});

export const removeWorkspaceMemberSchema = z.object({
  workspaceId: z.uuid(),
  membershipId: z.uuid(),
});
