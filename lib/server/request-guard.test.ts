import { describe, expect, it } from "vitest";
import { isoDateFromToday } from "@/lib/time/clock";
import { checkActionBody, checkActionFields, checkUrl } from "./request-guard";
import { withoutControlCharacters } from "./text";

describe("malformed URLs", () => {
  it("refuse broken percent-encoding and control characters, in the path and the query", () => {
    expect(checkUrl("/api/sessions/%ZZ/ics", "")?.reason).toBe("bad_path");
    expect(checkUrl("/briefs/%E0%A4%A", "")?.reason).toBe("bad_path");
    expect(checkUrl("/briefs", "?q=%00")?.reason).toBe("bad_query");
    expect(checkUrl("/briefs", "?q=a%ZZ")?.reason).toBe("bad_query");
    expect(checkUrl("/briefs/%00", "")?.reason).toBe("bad_path");
    expect(checkUrl("/briefs", "?q=\u0001")?.reason).toBe("control_character");
  });
  it("let ordinary URLs through, in any script", () => {
    expect(checkUrl("/briefs", "?q=%E9%87%8F%E5%AD%90&country=KR,US&from=2024-01-01")).toBeNull();
    expect(checkUrl("/follow-ups/0190b2a0-0000-7000-8000-000000000000", "")).toBeNull();
    expect(checkUrl("/", "")).toBeNull();
    expect(checkUrl("/briefs", "?q=a+b&x")).toBeNull();
  });
});

describe("server action bodies", () => {
  const text = (body: string) => () => Promise.resolve(body);
  it("refuse multipart without a boundary, broken or deep JSON, and bodies over the limit", async () => {
    expect((await checkActionBody("multipart/form-data", 10, text("")))?.reason).toBe("no_boundary");
    expect((await checkActionBody("text/plain;charset=UTF-8", 5, text("[1,")))?.reason).toBe("bad_json");
    expect((await checkActionBody("text/plain", 2000, text(`${"[".repeat(1000)}${"]".repeat(1000)}`)))?.reason).toBe(
      "too_deep",
    );
    expect((await checkActionBody("multipart/form-data; boundary=x", 30 * 1024 * 1024, text("")))?.status).toBe(413);
    expect((await checkActionBody("text/plain", 2 * 1024 * 1024, text("")))?.status).toBe(413);
  });
  it("let what React and Next send through", async () => {
    expect(await checkActionBody("multipart/form-data; boundary=----WebKitFormBoundaryabc", 100, text(""))).toBeNull();
    expect(await checkActionBody('multipart/form-data; boundary="quoted"', 100, text(""))).toBeNull();
    expect(await checkActionBody("text/plain;charset=UTF-8", 6, text('["zh"]'))).toBeNull();
    expect(await checkActionBody("text/plain", 20, text('[{"a":"[{"}]'))).toBeNull();
  });
});

describe("withoutControlCharacters", () => {
  it("drops NUL and other controls but keeps tabs and line breaks", () => {
    expect(withoutControlCharacters("a\u0000b\u0007c\u007f")).toBe("abc");
    expect(withoutControlCharacters("line 1\r\nline 2\tend")).toBe("line 1\r\nline 2\tend");
    expect(withoutControlCharacters("量子 반도체")).toBe("量子 반도체");
  });
});

describe("multipart action fields", () => {
  const fields = (entries: [string, string | null][]) => new Map(entries);
  it("accept what React's client sends: the arguments in field 0 and every reference present", () => {
    // useActionState(prev, formData): ["$K1" is the FormData, prefixed fields "1_…"].
    expect(
      checkActionFields(
        fields([
          ["0", '["$undefined","$K1"]'],
          ["1_title", "$1 not a reference"],
          ["1_dueDate", isoDateFromToday(30)],
        ]),
      ),
    ).toBeNull();
    expect(
      checkActionFields(
        fields([
          ["0", '[{"a":"$1"}]'],
          ["1", '{"b":"$@2"}'],
          ["2", '"done"'],
        ]),
      ),
    ).toBeNull();
    expect(
      checkActionFields(
        fields([
          ["0", '["$B1"]'],
          ["1", null],
        ]),
      ),
    ).toBeNull();
  });
  it("refuse bodies React would wait on forever", () => {
    expect(checkActionFields(fields([["title", "x"]]))?.reason).toBe("no_arguments");
    expect(
      checkActionFields(
        fields([
          ["$ACTION_ID_abc", ""],
          ["title", "x"],
        ]),
      )?.reason,
    ).toBe("no_arguments");
    expect(checkActionFields(fields([["0", '["$1"]']]))?.reason).toBe("missing_reference");
    expect(
      checkActionFields(
        fields([
          ["0", '["$@a"]'],
          ["10", "{"],
        ]),
      )?.reason,
    ).toBe("bad_json");
    expect(checkActionFields(fields([["0", "[1,"]]))?.reason).toBe("bad_json");
    expect(checkActionFields(fields([["0", `${"[".repeat(100)}${"]".repeat(100)}`]]))?.reason).toBe("too_deep");
  });
});
