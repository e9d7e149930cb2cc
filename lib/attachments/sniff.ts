// What a file really is, from its bytes (magic numbers via `file-type`), never from its name.
import { fileTypeFromBuffer } from "file-type";

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export const ALLOWED_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
  jpg: "image/jpeg",
};

export type SniffResult =
  | { ok: true; ext: string; mime: string }
  | { ok: false; error: "file_empty" | "file_too_large" | "file_type_not_allowed" };

export async function sniffAttachment(bytes: Uint8Array): Promise<SniffResult> {
  if (bytes.byteLength === 0) return { ok: false, error: "file_empty" };
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, error: "file_too_large" };
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(type.ext in ALLOWED_TYPES)) return { ok: false, error: "file_type_not_allowed" };
  return { ok: true, ext: type.ext, mime: ALLOWED_TYPES[type.ext] };
}

/** A download name: the user's name with the sniffed extension, without path or control characters. */
export function safeFileName(name: string, ext: string): string {
  const base =
    name
      .replace(/[\\/\u0000-\u001f\u007f"]/g, "_")
      .replace(/\.[^.]*$/, "")
      .trim()
      .slice(0, 150) || "attachment";
  return `${base}.${ext}`;
}
