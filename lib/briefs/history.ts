import "server-only";
// Revision history of a brief and a line diff between two revisions; readable by anyone who
// may read the brief.
import { diffLines, diffWordsWithSpace } from "diff";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { briefReadableWhere } from "./visibility";

export async function listRevisions(actor: Actor, briefId: string) {
  const brief = await db().brief.findFirst({
    where: { AND: [{ id: briefId }, briefReadableWhere(actor)] },
    select: { id: true, title: true },
  });
  if (!brief) throw notFound("This brief");
  const revisions = await db().briefRevision.findMany({
    where: { briefId, brief: briefReadableWhere(actor) },
    include: { editor: { select: { name: true } } },
    orderBy: { number: "desc" },
    take: 500,
  });
  return { brief, revisions };
}

export type DiffPart = { value: string; added?: boolean; removed?: boolean };

/** Field-by-field differences between two revisions (words for short fields, lines for the body). */
export function diffRevisions(
  a: { title: string; summary: string; body: string; distribution: string; category: string },
  b: typeof a,
) {
  return {
    title: diffWordsWithSpace(a.title, b.title) as DiffPart[],
    summary: diffWordsWithSpace(a.summary, b.summary) as DiffPart[],
    body: diffLines(a.body, b.body) as DiffPart[],
    distribution: a.distribution === b.distribution ? null : { from: a.distribution, to: b.distribution },
    category: a.category === b.category ? null : { from: a.category, to: b.category },
  };
}
