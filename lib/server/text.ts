import { z } from "zod";

// Text from outside (forms, URLs) without NUL and the other C0 control characters, which
// PostgreSQL refuses (NUL) or nobody types (the rest); tab, line feed and carriage return stay.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function withoutControlCharacters(value: string): string {
  return value.replace(CONTROL, "");
}

/** A search box or text filter from a URL: control characters dropped, trimmed, bounded. */
export const searchText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" ? withoutControlCharacters(v) : v), z.string().trim().max(max));
