// The CJK fonts the PDF embeds, from npm (nothing is fetched at run time): Noto Sans Hans (the
// GB 2312 set plus Latin) from @embedpdf/fonts-sc and Noto Sans KR (Hangul, KS X 1001 hanja,
// Latin) from @embedpdf/fonts-kr. No single npm package has a whole CJK font in one file, so a
// character goes to the Chinese font when it has it, else to the Korean one (Hangul, and the
// traditional characters GB 2312 lacks). pdfkit embeds only the glyphs used (a subset), so a
// file stays small however large the fonts are.
import path from "node:path";
import * as fontkit from "fontkit";

export type FontKey = "sc" | "kr";
export type Weight = "regular" | "bold";

const FILES: Record<FontKey, Record<Weight, string>> = {
  sc: {
    regular: "@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf",
    bold: "@embedpdf/fonts-sc/fonts/NotoSansHans-Bold.otf",
  },
  kr: {
    regular: "@embedpdf/fonts-kr/fonts/NotoSansKR-Regular.otf",
    bold: "@embedpdf/fonts-kr/fonts/NotoSansKR-Bold.otf",
  },
};

// The packages export no file paths; both the server and the tests run from the project folder.
export const fontPath = (key: FontKey, weight: Weight) => path.join(process.cwd(), "node_modules", FILES[key][weight]);

let chinese: { hasGlyphForCodePoint(codePoint: number): boolean } | null = null;

/** Which font draws a character: the Chinese one when it has the glyph, else the Korean one. */
export function fontFor(char: string): FontKey {
  chinese ??= fontkit.openSync(fontPath("sc", "regular"));
  return chinese.hasGlyphForCodePoint(char.codePointAt(0)!) ? "sc" : "kr";
}
