// Keyset pagination on time-ordered UUIDv7 ids: newest first, `cursor` = last id seen.
import { z } from "zod";

export const PAGE_SIZE = 25;

export const cursorSchema = z.uuid().optional().catch(undefined);

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** `where` fragment and `take` for a page after `cursor` in id-descending order. */
export function keyset(cursor: string | undefined, pageSize = PAGE_SIZE) {
  return {
    where: cursor ? { id: { lt: cursor } } : {},
    orderBy: { id: "desc" as const },
    take: pageSize + 1,
  };
}

export function toPage<T extends { id: string }>(rows: T[], pageSize = PAGE_SIZE): Page<T> {
  const items = rows.slice(0, pageSize);
  return { items, nextCursor: rows.length > pageSize ? items[items.length - 1].id : null };
}
