// What every comment thread shares (brief comments, follow-ups and agenda items): the body's
// limits and the @mentions in it. Pure, so the briefs and the comments domain parse alike.
import { z } from "zod";

export const COMMENT_MAX_CHARS = 10_000;

/** A comment's body: Markdown, trimmed, not empty, at most COMMENT_MAX_CHARS. */
export const commentBody = () =>
  z.string().trim().min(1, "required").max(COMMENT_MAX_CHARS, `max_chars:${COMMENT_MAX_CHARS}`);

/**
 * Ids of the candidates mentioned in a text as "@Full Name" (case-insensitive). Longer names
 * are tried first so "@Kim Min-jun" is not also read as "@Kim Min".
 */
export function mentionedIds(text: string, candidates: { id: string; name: string }[]): string[] {
  let rest = text.toLowerCase();
  const found: string[] = [];
  for (const c of [...candidates].sort((a, b) => b.name.length - a.name.length)) {
    const tag = `@${c.name.trim().toLowerCase()}`;
    if (tag === "@" || !rest.includes(tag)) continue;
    found.push(c.id);
    rest = rest.split(tag).join(" ");
  }
  return found;
}
