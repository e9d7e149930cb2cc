import "server-only";
// Watches: a user follows a country, a technology area (by key, across workspaces) or a brief.
import type { z } from "zod";
import { briefReadableWhere } from "@/lib/briefs/visibility";
import type { WatchTarget } from "@/lib/generated/prisma/enums";
import { isKnownCountryCode } from "@/lib/reference/country-names";
import type { Actor } from "@/lib/server/actor";
import { db, type Tx } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import type { watchSchema } from "./schemas";

async function assertWatchable(actor: Actor, target: WatchTarget, key: string) {
  if (target === "COUNTRY" && !isKnownCountryCode(key)) throw invalid("targetKey", "unknown_country");
  if (
    target === "TECHNOLOGY_AREA" &&
    !(await db().technologyArea.count({ where: { key, workspace: { memberships: { some: { userId: actor.id } } } } }))
  ) {
    throw notFound("This technology area");
  }
  if (target === "BRIEF" && !(await db().brief.count({ where: { AND: [{ id: key }, briefReadableWhere(actor)] } }))) {
    throw notFound("This brief");
  }
}

/** Starts or stops watching; idempotent either way. */
export async function setWatch(actor: Actor, input: z.infer<typeof watchSchema>) {
  await assertWatchable(actor, input.target, input.targetKey);
  const where = { userId_target_targetKey: { userId: actor.id, target: input.target, targetKey: input.targetKey } };
  if (input.watching) {
    await db().watch.upsert({
      where,
      update: {},
      create: { userId: actor.id, target: input.target, targetKey: input.targetKey },
    });
  } else {
    await db().watch.deleteMany({ where: { userId: actor.id, target: input.target, targetKey: input.targetKey } });
  }
  return { watching: input.watching };
}

export async function isWatching(actor: Actor, target: WatchTarget, targetKey: string) {
  return (await db().watch.count({ where: { userId: actor.id, target, targetKey } })) > 0;
}

export async function listMyWatches(actor: Actor) {
  return db().watch.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take: 200 });
}

/** Users watching any of the brief's countries, its technology areas or the brief itself. */
export async function watchersOf(tx: Tx, brief: { id: string; countryCodes: string[]; areaKeys: string[] }) {
  const rows = await tx.watch.findMany({
    where: {
      OR: [
        { target: "BRIEF", targetKey: brief.id },
        ...(brief.countryCodes.length ? [{ target: "COUNTRY" as const, targetKey: { in: brief.countryCodes } }] : []),
        ...(brief.areaKeys.length ? [{ target: "TECHNOLOGY_AREA" as const, targetKey: { in: brief.areaKeys } }] : []),
      ],
    },
    select: { userId: true },
  });
  return [...new Set(rows.map((r) => r.userId))];
}
