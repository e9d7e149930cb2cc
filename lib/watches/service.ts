import "server-only";
// Watches: a user follows a country, a technology area (by key, across workspaces), a brief,
// or a committee, an agenda item or a follow-up (by id). Only what the user may read can be
// watched, and a watched record the user can no longer read shows as unavailable.
import { z } from "zod";
import { briefReadableWhere } from "@/lib/briefs/visibility";
import type { WatchTarget } from "@/lib/generated/prisma/enums";
import { countryName, isKnownCountryCode } from "@/lib/reference/country-names";
import { areaName } from "@/lib/reference/technology-areas";
import type { Actor } from "@/lib/server/actor";
import { db, type Tx } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import { keyset, type Page, toPage } from "@/lib/server/pagination";
import { committeeWhere } from "@/lib/server/scope";
import type { watchSchema } from "./schemas";

const byId = (key: string) => (z.uuid().safeParse(key).success ? key : null);

/** How many records of the target with this key the actor may read (0 or 1). */
async function readable(actor: Actor, target: WatchTarget, key: string): Promise<number> {
  const id = byId(key);
  switch (target) {
    case "COUNTRY":
      return isKnownCountryCode(key) ? 1 : 0;
    case "TECHNOLOGY_AREA":
      return db().technologyArea.count({
        where: { key, workspace: { memberships: { some: { userId: actor.id } } } },
        take: 1,
      });
    case "BRIEF":
      return id ? db().brief.count({ where: { AND: [{ id }, briefReadableWhere(actor)] } }) : 0;
    case "COMMITTEE":
      return id ? db().committee.count({ where: { id, ...committeeWhere(actor) } }) : 0;
    case "AGENDA_ITEM":
      return id ? db().agendaItem.count({ where: { id, committee: committeeWhere(actor) } }) : 0;
    case "FOLLOW_UP":
      return id ? db().followUp.count({ where: { id, committee: committeeWhere(actor) } }) : 0;
  }
}

/** Starts or stops watching; idempotent either way. Stopping needs no read access. */
export async function setWatch(actor: Actor, input: z.infer<typeof watchSchema>) {
  if (input.watching && !(await readable(actor, input.target, input.targetKey))) {
    if (input.target === "COUNTRY") throw invalid("targetKey", "unknown_country");
    throw notFound("This record");
  }
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

export interface WatchedItem {
  id: string;
  target: WatchTarget;
  targetKey: string;
  createdAt: Date;
  /** The record's title as the actor may read it; null when they no longer may. */
  title: string | null;
  href: string | null;
}

/** Everything the actor watches, newest first, each with its title if still readable. */
export async function listWatching(actor: Actor, cursor?: string, pageSize = 30): Promise<Page<WatchedItem>> {
  const page = keyset(cursor, pageSize);
  const rows = await db().watch.findMany({
    where: { userId: actor.id, ...page.where },
    orderBy: page.orderBy,
    take: page.take,
  });
  const keys = (target: WatchTarget) => rows.filter((r) => r.target === target).map((r) => r.targetKey);
  const ids = (target: WatchTarget) => keys(target).flatMap((key) => byId(key) ?? []);
  const [areas, briefs, committees, items, followUps] = await Promise.all([
    db().technologyArea.findMany({
      where: { key: { in: keys("TECHNOLOGY_AREA") }, workspace: { memberships: { some: { userId: actor.id } } } },
      select: { key: true, name: true, translations: true },
    }),
    db().brief.findMany({
      where: { AND: [{ id: { in: ids("BRIEF") } }, briefReadableWhere(actor)] },
      select: { id: true, title: true },
    }),
    db().committee.findMany({
      where: { id: { in: ids("COMMITTEE") }, ...committeeWhere(actor) },
      select: { id: true, name: true },
    }),
    db().agendaItem.findMany({
      where: { id: { in: ids("AGENDA_ITEM") }, committee: committeeWhere(actor) },
      select: { id: true, title: true },
    }),
    db().followUp.findMany({
      where: { id: { in: ids("FOLLOW_UP") }, committee: committeeWhere(actor) },
      select: { id: true, title: true },
    }),
  ]);
  const found = new Map<string, { title: string; href: string }>([
    ...areas.map(
      (a) => [`TECHNOLOGY_AREA:${a.key}`, { title: areaName(a, actor.locale), href: `/briefs?area=${a.key}` }] as const,
    ),
    ...briefs.map((b) => [`BRIEF:${b.id}`, { title: b.title, href: `/briefs/${b.id}` }] as const),
    ...committees.map((c) => [`COMMITTEE:${c.id}`, { title: c.name, href: `/committees/${c.id}` }] as const),
    ...items.map((i) => [`AGENDA_ITEM:${i.id}`, { title: i.title, href: `/agenda-items/${i.id}` }] as const),
    ...followUps.map((f) => [`FOLLOW_UP:${f.id}`, { title: f.title, href: `/follow-ups/${f.id}` }] as const),
  ]);
  const watched = rows.map((r) => {
    const hit =
      r.target === "COUNTRY"
        ? { title: countryName(r.targetKey, actor.locale), href: `/countries/${r.targetKey}` }
        : (found.get(`${r.target}:${r.targetKey}`) ?? null);
    return { ...r, title: hit?.title ?? null, href: hit?.href ?? null };
  });
  return toPage(watched, pageSize);
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
