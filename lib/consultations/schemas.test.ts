import { describe, expect, it } from "vitest";
import { emailList } from "./schemas";

const parse = (text: string) => emailList().safeParse(text);

describe("the invitee email list", () => {
  it("reads names with addresses and bare addresses, one per line or split by , or ;", () => {
    expect(
      parse('Li Wei <Li.Wei@example.cn>, a@b.co\n  Jane Park  < jane@example.org > ;"Kim Ji-won" <kim@x.org>').data,
    ).toEqual([
      { name: "Li Wei", email: "li.wei@example.cn" },
      { name: "", email: "a@b.co" },
      { name: "Jane Park", email: "jane@example.org" },
      { name: "Kim Ji-won", email: "kim@x.org" },
    ]);
    expect(parse("").data).toEqual([]);
  });

  it("names the entry that is not an address", () => {
    const result = parse("a@b.co\nnot an address");
    expect(result.error?.issues[0].message).toBe("invalid_email_entry:not an address");
  });

  it("refuses an over-long entry or text without matching it (no pathological backtracking)", () => {
    expect(parse(`a${" ".repeat(5_000)}b`).error?.issues[0].message).toMatch(/^invalid_email_entry:/);
    expect(parse(" ".repeat(200_000)).error?.issues[0].message).toMatch(/^max_chars:/);
    expect(parse(`x${"<".repeat(300)}`).error?.issues[0].message).toMatch(/^invalid_email_entry:/);
  });
});
