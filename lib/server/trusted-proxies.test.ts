import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";
import { clientAddress, normaliseAddress, parseTrustedProxies } from "./trusted-proxies";

const none = { count: 0 };

describe("the client's address", () => {
  it("with no proxy is the socket's, whatever X-Forwarded-For says", () => {
    expect(clientAddress("198.51.100.7", null, none)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", "203.0.113.99", none)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:198.51.100.7", "1.2.3.4, 5.6.7.8", none)).toBe("198.51.100.7");
  });

  it("behind one proxy is the address that proxy saw", () => {
    // The proxy (10.0.0.2) appended the client it saw.
    expect(clientAddress("10.0.0.2", "203.0.113.5", { count: 1 })).toBe("203.0.113.5");
    expect(clientAddress("10.0.0.2", "203.0.113.5", { ranges: ["10.0.0.0/8"] })).toBe("203.0.113.5");
  });

  it("behind one proxy ignores what the client forged in front", () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the real address.
    expect(clientAddress("10.0.0.2", "1.1.1.1, 203.0.113.5", { count: 1 })).toBe("203.0.113.5");
    expect(clientAddress("10.0.0.2", "1.1.1.1, 203.0.113.5", { ranges: ["10.0.0.2"] })).toBe("203.0.113.5");
    // Rotating the forged part changes nothing.
    expect(clientAddress("10.0.0.2", "9.9.9.9, 203.0.113.5", { count: 1 })).toBe("203.0.113.5");
  });

  it("takes the right hop behind several proxies, and never trusts more than configured", () => {
    expect(clientAddress("10.0.0.3", "1.1.1.1, 203.0.113.5, 10.0.0.2", { count: 2 })).toBe("203.0.113.5");
    expect(clientAddress("10.0.0.3", "1.1.1.1, 203.0.113.5, 10.0.0.2", { ranges: ["10.0.0.0/8"] })).toBe("203.0.113.5");
    // A direct client (no proxy after all) cannot claim to be someone else: the peer is used.
    expect(clientAddress("203.0.113.5", null, { count: 1 })).toBe("203.0.113.5");
    // A peer that is not a trusted proxy is the client, whatever it forwards.
    expect(clientAddress("203.0.113.5", "1.1.1.1", { ranges: ["10.0.0.0/8"] })).toBe("203.0.113.5");
  });

  it("handles IPv6 and CIDR lists", () => {
    expect(clientAddress("fd00::2", "2001:db8::1", { ranges: ["fd00::/8"] })).toBe("2001:db8::1");
    expect(clientAddress("::1", "[2001:db8::7]:443", { ranges: ["::1"] })).toBe("2001:db8::7");
    expect(clientAddress("fd00::2", "2001:db8::1", { ranges: ["10.0.0.0/8"] })).toBe("fd00::2");
  });

  it("refuses malformed values instead of recording them", () => {
    expect(clientAddress("10.0.0.2", "not-an-ip", { count: 1 })).toBeNull();
    expect(clientAddress("10.0.0.2", "<script>", { ranges: ["10.0.0.0/8"] })).toBeNull();
    expect(normaliseAddress("198.51.100.7:5123")).toBe("198.51.100.7");
    expect(normaliseAddress("x".repeat(200))).toBeNull();
  });

  it("on the dev server (no peer header) uses the entry Next set from the socket", () => {
    expect(clientAddress(null, "127.0.0.1", none)).toBe("127.0.0.1");
    expect(clientAddress(null, null, none)).toBeNull();
  });
});

describe("ACCORD_TRUSTED_PROXIES", () => {
  it("parses counts and lists, and refuses anything else with a clear message", () => {
    expect(parseTrustedProxies(undefined)).toEqual({ count: 0 });
    expect(parseTrustedProxies("1")).toEqual({ count: 1 });
    expect(parseTrustedProxies("10.0.0.0/8, 192.168.1.1, ::1, fd00::/8")).toEqual({
      ranges: ["10.0.0.0/8", "192.168.1.1", "::1", "fd00::/8"],
    });
    for (const bad of ["-1", "99", "10.0.0.0/33", "proxy.example.org", "10.0.0.0/8/1"])
      expect(parseTrustedProxies(bad)).toBeNull();
    expect(() => parseEnv({ ACCORD_TRUSTED_PROXIES: "lb.example.org" })).toThrow(
      /ACCORD_TRUSTED_PROXIES: must be a number of proxies/,
    );
    expect(parseEnv({ ACCORD_TRUSTED_PROXIES: "2" }).trustedProxies).toEqual({ count: 2 });
  });
});
