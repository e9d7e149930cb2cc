// Which address is the client's, given the TCP peer, X-Forwarded-For and the proxies the
// operator trusts (ACCORD_TRUSTED_PROXIES). Pure functions; lib/server/request.ts applies them.
// Left-most X-Forwarded-For entries are whatever the client typed and are never believed.
import { isIP } from "node:net";

/** How many proxies stand in front, or which addresses (IPs / CIDRs) they send from. */
export type TrustedProxies = { count: number } | { ranges: string[] };

/** Parses ACCORD_TRUSTED_PROXIES: "" → none, "2" → two hops, "10.0.0.0/8, ::1" → those addresses. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies | null {
  const text = (value ?? "").trim();
  if (!text) return { count: 0 };
  if (/^\d+$/.test(text)) return Number(text) <= 10 ? { count: Number(text) } : null;
  const ranges = text
    .split(",")
    .map((r) => r.trim())
    .filter(Boolean);
  return ranges.length && ranges.every(validRange) ? { ranges } : null;
}

/** One address in canonical text (IPv4-mapped IPv6 as IPv4, no port or brackets), or null. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  let text = (raw ?? "").trim();
  if (!text || text.length > 100) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  text = text.toLowerCase().replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(text);
  if (mapped) text = mapped[1];
  return isIP(text) ? text.slice(0, 64) : null;
}

function validRange(range: string): boolean {
  const [address, bits, extra] = range.split("/");
  if (extra !== undefined) return false;
  const family = isIP(normaliseAddress(address) ?? "");
  if (!family) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

function toBigInt(address: string): { family: 4 | 6; value: bigint } {
  if (isIP(address) === 4)
    return { family: 4, value: address.split(".").reduce((acc, part) => (acc << 8n) + BigInt(Number(part)), 0n) };
  const [head, tail = ""] = address.split("::");
  const groups = (s: string) => (s ? s.split(":") : []);
  const h = groups(head);
  const t = groups(address.includes("::") ? tail : "");
  const all = address.includes("::") ? [...h, ...Array(8 - h.length - t.length).fill("0"), ...t] : h;
  return { family: 6, value: all.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g || "0", 16)), 0n) };
}

function inRange(address: string, range: string): boolean {
  const [base, bitsText] = range.split("/");
  const a = toBigInt(address);
  const b = toBigInt(normaliseAddress(base)!);
  if (a.family !== b.family) return false;
  const width = a.family === 4 ? 32 : 128;
  const bits = bitsText === undefined ? width : Number(bitsText);
  const shift = BigInt(width - bits);
  return a.value >> shift === b.value >> shift;
}

/**
 * The client's address from the peer and X-Forwarded-For, given who is trusted. Pure, for tests.
 * `peer` null means the dev server (no scripts/server.mjs): then the right-most X-Forwarded-For
 * entry is used, which Next set from the socket when the client sent none.
 */
export function clientAddress(
  peer: string | null,
  forwardedFor: string | null,
  trusted: TrustedProxies,
): string | null {
  const forwarded = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (peer === null) return normaliseAddress(forwarded.at(-1));
  const chain = [...forwarded, peer];
  if ("count" in trusted) {
    // Each trusted proxy appended the address it saw; the client is `count` places from the right.
    const index = Math.max(0, chain.length - 1 - trusted.count);
    return normaliseAddress(chain[index]);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = normaliseAddress(chain[i]);
    if (!address) return null;
    if (i === 0 || !trusted.ranges.some((range) => inRange(address, range))) return address;
  }
  return null;
}
