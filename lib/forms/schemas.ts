// Building blocks of form and URL schemas, shared by every domain's schemas.ts. Dates have
// their own module (lib/time/schemas.ts); search text, lib/server/text.ts.
import { z } from "zod";
import { isKnownCountryCode } from "@/lib/reference/country-names";

/** A form field that may be sent once, several times or not at all, as an array. */
export const multi = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** A URL filter with several values (repeated or comma-separated); anything bad is no filter. */
export const urlList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : String(v).split(",")),
      z.array(item).max(max),
    )
    .catch([]);

/** Web links typed into one text box, separated by spaces or line breaks (evidence). */
export const linkList = () =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.split(/\s+/).filter(Boolean) : (v ?? [])),
    z.array(z.url({ protocol: /^https?$/, error: "invalid_url" })).max(20, "max_items:20"),
  );

/** An ISO 3166-1 alpha-2 country code, in any case. */
export const countryCode = (message = "unknown_country") =>
  z.string().trim().toUpperCase().refine(isKnownCountryCode, message);

/** The version a write was based on (stale writes are conflicts). */
export const version = () => z.coerce.number().int().min(1).max(2_147_483_647, "bad_request");

/** An uploaded file (attachments, imports). */
export const fileField = () => z.instanceof(File, { message: "choose_file" });

/** An import is previewed first, then run: the form's two buttons. */
export const importIntent = () => z.enum(["preview", "import"]).default("preview");

/** The path params of a route that names one record by id: idParams("attachmentId"). */
export const idParams = <K extends string>(key: K) => z.object({ [key]: z.uuid() } as { [P in K]: z.ZodUUID });

/** The input of an action that takes none (a button). */
export const noInput = z.object({});

/** URL query parameters as an object for a schema: a name given several times becomes an array. */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return raw;
}
