import { describe, expect, it } from "vitest";
import { createInstitutionSchema } from "@/lib/institutions/schemas";
import { inviteMemberSchema } from "@/lib/members/schemas";
import { createWorkspaceSchema } from "@/lib/workspaces/schemas";
import { passwordProblem } from "./password";
import { acceptInvitationSchema, signInSchema } from "./schemas";

describe("password policy", () => {
  it.each([
    ["short1!", "password_min:12"],
    ["password1234", "password_common"],
    ["qwerty123456", "password_common"],
    ["aaaaaaaaaaaaaa", "password_repeated"],
    ["min-jun-park-secret", "password_personal"],
  ])("rejects %s", (password, problem) => {
    expect(passwordProblem(password, ["Min-jun Park", "min-jun"])).toBe(problem);
  });

  it("accepts a long, uncommon passphrase", () => {
    expect(passwordProblem("tidal orbit lantern 42", ["Kim Min-ji"])).toBeNull();
  });
});

describe("input schemas", () => {
  it("normalises emails and rejects bad ones", () => {
    expect(signInSchema.parse({ email: "  Kim@STEPI.re.kr ", password: "x" }).email).toBe("kim@stepi.re.kr");
    const bad = inviteMemberSchema.safeParse({ email: "not-an-email", role: "MEMBER" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe("email_invalid");
  });

  it("requires a known role", () => {
    expect(inviteMemberSchema.safeParse({ email: "a@b.org", role: "OWNER" }).error?.issues[0].message).toBe(
      "choose_role",
    );
  });

  it("checks that the two passwords match", () => {
    const result = acceptInvitationSchema.safeParse({
      token: "t".repeat(43),
      name: "Lee Seo-yeon",
      password: "a long password 1",
      confirmPassword: "other",
    });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["confirmPassword", "passwords_differ"],
    ]);
  });

  it("validates institutions with ISO 3166 country codes", () => {
    const ok = createInstitutionSchema.parse({
      name: "NISTEP",
      shortName: "NISTEP",
      countryCode: "jp",
      type: "GOVERNMENT",
      adminEmail: "a@nistep.go.jp",
      adminLocale: "en",
    });
    expect(ok.countryCode).toBe("JP");
    const bad = createInstitutionSchema.safeParse({
      name: "X",
      shortName: "X",
      countryCode: "ZZ",
      type: "NOPE",
      adminEmail: "a",
      adminLocale: "fr",
    });
    expect(Object.fromEntries(bad.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      name: "min_chars:2",
      shortName: "min_chars:2",
      countryCode: "choose_country",
      type: "choose_type",
      adminEmail: "email_invalid",
      adminLocale: "choose_language",
    });
  });

  it("limits workspace names", () => {
    expect(createWorkspaceSchema.safeParse({ name: "ab" }).error?.issues[0].message).toBe("min_chars:3");
    expect(createWorkspaceSchema.parse({ name: "Korea–US S&T partnership" }).description).toBe("");
  });
});
