// The one check for redirect targets that come from a user (callbackUrl, returnTo): resolve the
// input against the app's base URL and keep it only if it stays on this origin. Anything odd —
// backslashes (browsers read `/\` as `//`), control characters (they are stripped before
// parsing, which turns `/\t/evil` into `//evil`), other schemes, userinfo, another host — sends
// the browser home. The result is always a path (+ query + fragment), never an absolute URL.
const HOME = "/";
const MAX_LENGTH = 2048;

export function safeRedirectTarget(input: unknown, baseUrl: string): string {
  if (typeof input !== "string" || input.length === 0 || input.length > MAX_LENGTH) return HOME;
  // Control characters, spaces at the edges and backslashes are never part of our own links.
  if (/[\u0000-\u001f\u007f\\]/.test(input) || input.trim() !== input) return HOME;
  // Encoded slashes or backslashes right at the start would turn into `//host` once decoded.
  if (/^(\/|%2f|%5c)*(%2f|%5c)/i.test(input)) return HOME;
  let base: URL;
  let target: URL;
  try {
    base = new URL(baseUrl);
    target = new URL(input, base);
  } catch {
    return HOME;
  }
  if (target.origin !== base.origin || target.username || target.password) return HOME;
  if (target.protocol !== "http:" && target.protocol !== "https:") return HOME;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // `//` at the start of the path would be read as another host by the browser.
  if (!path.startsWith("/") || path.startsWith("//")) return HOME;
  return path;
}
