// Environment, validated once with a clear message per missing or malformed variable.
// Plain module (no "server-only") so the CLI and start script share it.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies, type TrustedProxies } from "./trusted-proxies";

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const positiveNumber = (fallback: number) => z.coerce.number().positive().default(fallback);

const envSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    ACCORD_DATA_DIR: z.string().min(1).default(".data"),
    ACCORD_DEMO: flag,
    ACCORD_BASE_URL: z.url("must be an absolute URL such as https://accord.example.org").optional(),
    NEXTAUTH_URL: z.url().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    SESSION_IDLE_HOURS: positiveNumber(12),
    SESSION_MAX_DAYS: positiveNumber(7),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
      .optional(),
    MAIL_FROM: z.string().min(3).default("Accord <no-reply@localhost>"),
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default("Institutional sign-in"),
    ACCORD_JOBS: flag.default(true),
    // Proxies in front of the app: a count of hops or a list of their addresses / CIDRs.
    ACCORD_TRUSTED_PROXIES: z.string().optional(),
    // Attachments: a local directory (default <ACCORD_DATA_DIR>/attachments) or an
    // S3-compatible bucket when S3_BUCKET is set.
    ATTACHMENTS_DIR: z.string().min(1).optional(),
    S3_BUCKET: z.string().min(3).optional(),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together",
      });
    }
    if (env.S3_BUCKET && !(env.S3_ENDPOINT && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: ["S3_BUCKET"],
        message: "needs S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY",
      });
    }
    if (parseTrustedProxies(env.ACCORD_TRUSTED_PROXIES) === null) {
      ctx.addIssue({
        code: "custom",
        path: ["ACCORD_TRUSTED_PROXIES"],
        message:
          "must be a number of proxies (0–10) or a comma-separated list of IP addresses or CIDR ranges, e.g. 10.0.0.0/8, ::1",
      });
    }
    if (env.DATABASE_URL && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message:
          "is required with DATABASE_URL (every app instance must share it); generate one with `openssl rand -base64 48`",
      });
    }
  });

export type ServerEnv = z.infer<typeof envSchema> & { baseUrl: string; demo: boolean; trustedProxies: TrustedProxies };

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`);
    throw new EnvError(`Accord cannot start; fix these environment variables:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const baseUrl = (env.ACCORD_BASE_URL ?? env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
  // Demo data only in the embedded default, or when asked for explicitly.
  const demo = source.ACCORD_DEMO !== undefined && source.ACCORD_DEMO !== "" ? env.ACCORD_DEMO : !env.DATABASE_URL;
  return { ...env, baseUrl, demo, trustedProxies: parseTrustedProxies(env.ACCORD_TRUSTED_PROXIES) ?? { count: 0 } };
}

let cached: ServerEnv | undefined;
export function serverEnv(): ServerEnv {
  cached ??= parseEnv();
  return cached;
}

export function dataDirPath(env: ServerEnv = serverEnv()): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.ACCORD_DATA_DIR);
}

/**
 * The JWT signing secret: NEXTAUTH_SECRET, or for the embedded default one generated once
 * and kept in the data directory, so a new user configures nothing.
 */
export function authSecret(env: ServerEnv = serverEnv()): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const dir = dataDirPath(env);
  const file = path.join(dir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return readFileSync(file, "utf8").trim();
}
