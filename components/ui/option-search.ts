// Finds the options of a searchable list by their label or any of their keywords (other
// languages, short names, codes), ignoring case, accents and punctuation; the closest first.

export interface SearchableOption {
  value: string;
  label: string;
  /** Other words the option is known by ("Iran", "USA", "伊朗", "IR"). */
  keywords?: readonly string[];
}

/** Lower case, accents and apostrophes dropped, other punctuation as spaces. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** 0 exact, 1 starts with, 2 a word starts with, 3 contains; null when it does not match. */
function rank(term: string, query: string): number | null {
  if (term === query) return 0;
  if (term.startsWith(query)) return 1;
  if (term.includes(` ${query}`)) return 2;
  if (term.includes(query)) return 3;
  return null;
}

/** The options matching `query`, best match first, in their given order within a rank. */
export function searchOptions<T extends SearchableOption>(options: readonly T[], query: string): T[] {
  const q = normalizeForSearch(query);
  if (!q) return [...options];
  const found: { option: T; rank: number; index: number }[] = [];
  options.forEach((option, index) => {
    let best: number | null = null;
    for (const term of [option.label, ...(option.keywords ?? [])]) {
      const r = rank(normalizeForSearch(term), q);
      if (r !== null && (best === null || r < best)) best = r;
      if (best === 0) break;
    }
    if (best !== null) found.push({ option, rank: best, index });
  });
  return found.sort((a, b) => a.rank - b.rank || a.index - b.index).map((f) => f.option);
}
