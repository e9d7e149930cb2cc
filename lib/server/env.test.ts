import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/i18n/locales";
import { EnvError, parseEnv } from "./env";

describe("environment", () => {
  it("defaults to the embedded database with demo data and no configuration", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.demo).toBe(true);
    expect(env.baseUrl).toBe("http://localhost:3000");
    expect(env.SESSION_IDLE_HOURS).toBe(12);
    expect(env.SESSION_MAX_DAYS).toBe(7);
  });

  it("never loads demo data into a PostgreSQL server unless asked", () => {
    const base = { DATABASE_URL: "postgres://localhost/accord", NEXTAUTH_SECRET: "x".repeat(40) };
    expect(parseEnv(base).demo).toBe(false);
    expect(parseEnv({ ...base, ACCORD_DEMO: "1" }).demo).toBe(true);
  });

  it("names every malformed or missing variable", () => {
    try {
      parseEnv({ DATABASE_URL: "mysql://x", SESSION_IDLE_HOURS: "-1", OIDC_ISSUER: "https://sso.example.org" });
      throw new Error("should have failed");
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as Error).message;
      expect(message).toContain("DATABASE_URL: must be a postgres:// or postgresql:// URL");
      expect(message).toContain("SESSION_IDLE_HOURS");
      expect(message).toContain("OIDC_ISSUER: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together");
    }
  });

  it("requires a shared secret with a PostgreSQL server", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgresql://db/accord" })).toThrow(
      /NEXTAUTH_SECRET: is required with DATABASE_URL/,
    );
  });

  it("negotiates the language from Accept-Language", () => {
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(localeFromAcceptLanguage("fr-FR,ko;q=0.5,en;q=0.4")).toBe("ko");
    expect(localeFromAcceptLanguage("fr")).toBeNull();
  });
});
