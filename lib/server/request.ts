// The client's IP for throttling and the audit trail. Behind a load balancer, make sure it
// sets X-Forwarded-For (docs/operations.md); `next start` sets it for direct connections.
export function clientIpFrom(get: (name: string) => string | null | undefined): string | null {
  const forwarded = get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0].trim().slice(0, 64) || null;
  return get("x-real-ip")?.trim().slice(0, 64) || null;
}
