// Factories: isolated institutions, users and workspaces with random names and emails.
import { randomBytes } from "node:crypto";
import type { InstitutionRole, WorkspaceRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";

const suffix = () => randomBytes(4).toString("hex");

// One real argon2id hash of TEST_PASSWORD, computed once, keeps factories fast.
export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;
async function testPasswordHash() {
  const { hashPassword } = await import("@/lib/auth/password");
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

export async function makeInstitution(name = "Institute") {
  const s = suffix();
  return db().institution.create({
    data: { name: `${name} ${s}`, shortName: `I-${s}`, countryCode: "KR", type: "THINK_TANK" },
  });
}

export async function makeUser(
  options: { institutionId?: string | null; role?: InstitutionRole; operator?: boolean; name?: string } = {},
) {
  return db().user.create({
    data: {
      email: `user-${suffix()}@example.org`,
      name: options.name ?? `Person ${suffix()}`,
      passwordHash: await testPasswordHash(),
      institutionId: options.institutionId ?? null,
      institutionRole: options.role ?? "MEMBER",
      isPlatformOperator: !!options.operator,
    },
  });
}

export function actorOf(user: {
  id: string;
  email: string;
  name: string;
  institutionId: string | null;
  institutionRole: InstitutionRole;
  isPlatformOperator: boolean;
}): Actor {
  return { ...user, locale: "en", ip: "203.0.113.7" };
}

/** An institution with an admin and a member, as Actors. */
export async function makeTenant(name = "Institute") {
  const institution = await makeInstitution(name);
  const admin = await makeUser({ institutionId: institution.id, role: "ADMIN" });
  const member = await makeUser({ institutionId: institution.id, role: "MEMBER" });
  return { institution, admin: actorOf(admin), member: actorOf(member) };
}

export async function makeWorkspace(host: Actor, members: [Actor, WorkspaceRole][] = []) {
  return db().workspace.create({
    data: {
      name: `Workspace ${suffix()}`,
      hostInstitutionId: host.institutionId!,
      createdById: host.id,
      memberships: {
        create: [
          { userId: host.id, role: "MANAGER" as WorkspaceRole },
          ...members.map(([a, role]) => ({ userId: a.id, role })),
        ],
      },
    },
    include: { memberships: true },
  });
}

export async function expectAppError(promise: Promise<unknown>, code: string, message?: string) {
  const { isAppError } = await import("@/lib/server/errors");
  try {
    await promise;
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code !== code) throw new Error(`expected ${code}, got ${error.code} (${error.message})`);
    if (message && error.message !== message) throw new Error(`expected message ${message}, got ${error.message}`);
    return error;
  }
  throw new Error(`expected an AppError ${code}, but the call succeeded`);
}
