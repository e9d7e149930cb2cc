// Password hashing (argon2id) and the password policy: at least 12 characters and not in a
// list of ~49,000 common passwords (from @zxcvbn-ts/language-common).
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-limits";

const common = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/** The problem with a new password, or null when it is acceptable. */
export function passwordProblem(password: string, context: string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `password_min:${PASSWORD_MIN_LENGTH}`;
  if (password.length > PASSWORD_MAX_LENGTH) return `max_chars:${PASSWORD_MAX_LENGTH}`;
  const lower = password.toLowerCase();
  if (common.has(lower)) return "password_common";
  if (/^(.)\1+$/.test(password)) return "password_repeated";
  for (const word of context) {
    if (word.length >= 4 && lower.includes(word.toLowerCase())) {
      return "password_personal";
    }
  }
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verifying against a fixed hash when the account does not exist keeps the response time
// the same, so timing does not reveal whether an email is registered.
let dummyHash: Promise<string> | undefined;
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("accord-dummy-password-for-timing");
  const target = passwordHash ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && !!passwordHash;
}
