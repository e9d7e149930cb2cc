// fontkit ships no types; the PDF renderer only asks a font which characters it has.
declare module "fontkit" {
  export function openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean };
}
