// The client's address, for sign-in throttling, the audit trail and session records. The TCP
// peer's address comes from scripts/server.mjs as `x-accord-peer` (no client can set it). With
// no proxy configured it is the client; behind proxies (ACCORD_TRUSTED_PROXIES) the chain is
// X-Forwarded-For + the peer, and the client is the first address not added by a trusted proxy.
import { serverEnv } from "./env";
import { clientAddress } from "./trusted-proxies";

export function clientIpFrom(get: (name: string) => string | null | undefined): string | null {
  const peer = get("x-accord-peer");
  return clientAddress(
    peer === undefined || peer === null ? null : peer,
    get("x-forwarded-for") ?? null,
    serverEnv().trustedProxies,
  );
}
