// A short excerpt around the first match of any search term, split into marked and plain
// parts (rendered as <mark> by React, so nothing from the text is ever parsed as HTML).
export type SnippetPart = { text: string; mark: boolean };

export function snippet(text: string, terms: string[], length = 220): SnippetPart[] {
  // Markdown syntax out (links keep their text), punctuation of the prose kept.
  const clean = text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*(#{1,6}|>|[-*+]|\d+\.|\|)\s*/gm, "")
    .replace(/\*\*|__|`|~~|\|/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const lower = clean.toLowerCase();
  const usable = terms.filter((t) => t.length > 0);
  let first = -1;
  for (const term of usable) {
    const at = lower.indexOf(term.toLowerCase());
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  const start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 3));
  const end = Math.min(clean.length, start + length);
  const excerpt = (start > 0 ? "…" : "") + clean.slice(start, end) + (end < clean.length ? "…" : "");
  return highlight(excerpt, usable);
}

/** The whole text, with every occurrence of a term marked. */
export function highlight(text: string, terms: string[]): SnippetPart[] {
  const usable = terms.filter((t) => t.length > 0);
  if (!usable.length) return [{ text, mark: false }];
  const escaped = usable.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(${escaped.join("|")})`, "gi");
  return text
    .split(pattern)
    .filter(Boolean)
    .map((part) => ({ text: part, mark: usable.some((t) => t.toLowerCase() === part.toLowerCase()) }));
}
