// Text in three languages in one line ("한미 공동위원회 · 中韩联合委员会 · Joint Committee"):
// each renderer splits it into runs and gives each run the font that has its glyphs. Spaces,
// digits and punctuation belong to no script and stay in the run they are in, so a line is
// not cut into pieces at every space.

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7AF\uD7B0-\uD7FF]/u;
const NEUTRAL = /[\s\p{P}\p{S}\p{N}]/u;

export const isHangul = (char: string) => HANGUL.test(char);
export const hasHangul = (text: string) => HANGUL.test(text);

/** Splits `text` into runs by `pick` (a font or a script for a character); neutral characters join the run they follow. */
export function splitRuns<K>(text: string, pick: (char: string) => K): { text: string; key: K }[] {
  const runs: { text: string; key: K }[] = [];
  let pending = "";
  for (const char of text) {
    if (NEUTRAL.test(char)) {
      if (runs.length) runs[runs.length - 1].text += char;
      else pending += char;
      continue;
    }
    const key = pick(char);
    const last = runs[runs.length - 1];
    if (last && last.key === key) last.text += char;
    else runs.push({ text: pending + char, key });
    pending = "";
  }
  if (pending) runs.push({ text: pending, key: pick(" ") });
  return runs;
}
