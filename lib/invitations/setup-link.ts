// No "server-only" here: the start-up code and the CLI issue setup links too.

import { db } from "@/lib/server/db";
import { newLinkToken, TOKEN_LIFETIME_MS } from "@/lib/server/link-tokens";
import { absoluteUrl } from "@/lib/server/links";
import { clock } from "@/lib/time/clock";

/** A one-time link (24 h) for the first operator; issued at start on an empty database, or by the CLI. */
export async function issueOperatorSetupLink(): Promise<string> {
  const { token, tokenHash } = newLinkToken();
  await db().$transaction(async (tx) => {
    await tx.accessToken.updateMany({
      where: { purpose: "OPERATOR_SETUP", usedAt: null, revokedAt: null },
      data: { revokedAt: clock.now() },
    });
    await tx.accessToken.create({
      data: {
        purpose: "OPERATOR_SETUP",
        tokenHash,
        email: "",
        expiresAt: new Date(clock.ms() + TOKEN_LIFETIME_MS.OPERATOR_SETUP),
      },
    });
  });
  return absoluteUrl(`/setup/${token}`);
}
