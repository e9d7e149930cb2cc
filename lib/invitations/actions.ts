"use server";
import { headers } from "next/headers";
import { acceptInvitationSchema, operatorSetupSchema, resetPasswordSchema } from "@/lib/auth/schemas";
import { publicAction } from "@/lib/server/action";
import { clientIpFrom } from "@/lib/server/request";
import { acceptInvitation, resetPasswordWithLink, setupOperator } from "./service";

async function ip() {
  const h = await headers();
  return clientIpFrom((name) => h.get(name));
}

export const acceptInvitationAction = publicAction(acceptInvitationSchema, async (input) =>
  acceptInvitation(input, await ip()),
);
export const resetPasswordAction = publicAction(resetPasswordSchema, async (input) =>
  resetPasswordWithLink(input, await ip()),
);
export const setupOperatorAction = publicAction(operatorSetupSchema, async (input) => setupOperator(input, await ip()));
