// Requests no page or action of ours can mean, answered 400 (or 413) before any code runs, so
// malformed input gets a clear answer instead of an error deep inside Next or PostgreSQL:
// a path or query with a NUL or a control character, or with broken percent-encoding
// (`/api/sessions/%ZZ/ics`), and server-action POSTs whose body cannot be parsed (multipart
// without a boundary, broken or absurdly nested JSON, more than the size limit); and route
// handlers' JSON bodies that do not parse (checkJsonBody, applied by ./route.ts). Pure: takes
// what it needs and says what to answer; proxy.ts applies it.
export const ACTION_BODY_LIMIT_BYTES = 26 * 1024 * 1024; // next.config.js serverActions.bodySizeLimit
const JSON_BODY_LIMIT_BYTES = 1024 * 1024;
const MAX_JSON_DEPTH = 64;

export interface Refusal {
  status: 400 | 413;
  reason: string;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function decodes(part: string): boolean {
  try {
    return !CONTROL.test(decodeURIComponent(part));
  } catch {
    return false;
  }
}

/** The raw path and query (as sent, still percent-encoded). */
export function checkUrl(rawPath: string, rawQuery: string): Refusal | null {
  if (CONTROL.test(rawPath) || CONTROL.test(rawQuery)) return { status: 400, reason: "control_character" };
  if (!rawPath.split("/").every(decodes)) return { status: 400, reason: "bad_path" };
  const query = rawQuery.startsWith("?") ? rawQuery.slice(1) : rawQuery;
  // `+` means space in a query; decodeURIComponent would keep it, which is harmless here.
  if (query && !query.split(/[&=]/).every(decodes)) return { status: 400, reason: "bad_query" };
  return null;
}

function depthOf(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return max;
}

/**
 * The fields of a multipart action body, as React's client encodes a call (encodeReply): the
 * argument list is JSON in field "0", and each `$<hex>` / `$@<hex>` / `$Q<hex>`… reference in it
 * names another field. A missing root or reference leaves React's decoder waiting until the
 * body ends ("Connection closed", a 500), so such bodies are refused here. (With the
 * Next-Action header Next always decodes the body this way; forms posted without JavaScript
 * carry no such header.)
 */
export function checkActionFields(fields: Map<string, string | null>): Refusal | null {
  if (!fields.has("0")) return { status: 400, reason: "no_arguments" };
  const pending = ["0"];
  const checked = new Set<string>();
  while (pending.length) {
    const id = pending.pop()!;
    if (checked.has(id)) continue;
    checked.add(id);
    const text = fields.get(id);
    if (text === undefined) return { status: 400, reason: "missing_reference" };
    if (text === null) continue; // a file (blob reference)
    if (depthOf(text) > MAX_JSON_DEPTH) return { status: 400, reason: "too_deep" };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { status: 400, reason: "bad_json" };
    }
    const visit = (v: unknown): void => {
      if (typeof v === "string") {
        // "$K<hex>" is a FormData whose fields are "<hex>_name" (it may be empty); "$n" a BigInt.
        const m = /^\$([A-JL-Za-mo-z@]?)([0-9a-f]{1,8})$/.exec(v);
        if (m) pending.push(String(Number.parseInt(m[2], 16)));
      } else if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === "object") Object.values(v).forEach(visit);
    };
    visit(value);
  }
  return null;
}

/** A server action POST: its content type, declared length and (for non-multipart) its text. */
export function checkActionBody(
  contentType: string,
  contentLength: number | null,
  text: () => Promise<string>,
): Promise<Refusal | null> | Refusal | null {
  if (contentLength !== null && contentLength > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: "too_large" };
  const type = contentType.toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    return /;\s*boundary=("[^"]+"|[^;\s]+)/i.test(contentType) ? null : { status: 400, reason: "no_boundary" };
  }
  if (type.startsWith("application/x-www-form-urlencoded")) return null;
  if (contentLength !== null && contentLength > JSON_BODY_LIMIT_BYTES) return { status: 413, reason: "too_large" };
  // Anything else is the JSON-encoded argument list Next's client sends (text/plain).
  return text().then((body) => {
    if (body.length > JSON_BODY_LIMIT_BYTES) return { status: 413, reason: "too_large" } as const;
    if (depthOf(body) > MAX_JSON_DEPTH) return { status: 400, reason: "too_deep" } as const;
    try {
      JSON.parse(body);
      return null;
    } catch {
      return { status: 400, reason: "bad_json" } as const;
    }
  });
}

/**
 * A JSON request body of a route handler (next-auth's, posted by hand): it must parse, nest no
 * deeper than MAX_JSON_DEPTH and be an object; `req.json()` deep inside a library would
 * otherwise throw, a 500.
 */
export function checkJsonBody(text: string): Refusal | null {
  if (text.length > JSON_BODY_LIMIT_BYTES) return { status: 413, reason: "too_large" };
  if (depthOf(text) > MAX_JSON_DEPTH) return { status: 400, reason: "too_deep" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 400, reason: "bad_json" };
  }
  return value && typeof value === "object" && !Array.isArray(value) ? null : { status: 400, reason: "not_an_object" };
}
