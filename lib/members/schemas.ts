import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { searchText } from "@/lib/server/text";

export const institutionRoleSchema = z.enum(["ADMIN", "MEMBER"], { error: "choose_role" });

export const inviteMemberSchema = z.object({
  email: emailSchema,
  role: institutionRoleSchema,
});

export const changeMemberRoleSchema = z.object({
  userId: z.uuid(),
  role: institutionRoleSchema,
});

export const memberIdSchema = z.object({ userId: z.uuid() });
export const invitationIdSchema = z.object({ invitationId: z.uuid() });

export const memberFiltersSchema = z.object({
  q: searchText(100).optional().catch(undefined),
  status: z.enum(["ACTIVE", "DEACTIVATED"]).optional().catch(undefined),
  cursor: z.uuid().optional().catch(undefined),
});
