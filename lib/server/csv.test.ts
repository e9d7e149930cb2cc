// The one CSV writer: formula neutralising (OWASP CSV injection), RFC 4180 quoting, BOM, and
// the reader that undoes the neutralising so our own exports import back unchanged.
import { describe, expect, it } from "vitest";
import { neutraliseCell, parseCsv, recordsToCsv, restoreCell, toCsv } from "./csv";

describe("toCsv", () => {
  it.each([
    ["=", '=HYPERLINK("http://evil.example/x","open")', `"'=HYPERLINK(""http://evil.example/x"",""open"")"`],
    ["+", "+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-", "-2+3", "'-2+3"],
    ["@", "@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["tab", "\t=1+1", "'\t=1+1"],
    ["carriage return", "\r=1+1", `"'\r=1+1"`],
  ])("neutralises a text cell starting with %s", (_name, value, cell) => {
    expect(toCsv(["v"], [[value]])).toBe(`v\r\n${cell}`);
  });

  it("neutralises a formula even when the cell spans several lines", () => {
    expect(toCsv(["v"], [["=1+1\nsecond line"]])).toBe(`v\r\n"'=1+1\nsecond line"`);
  });

  it("leaves numbers as numbers, negative ones too, but not numeric-looking text", () => {
    expect(toCsv(["a", "b", "c", "d"], [[-12.5, 0, 42, "-12.5"]])).toBe(`a,b,c,d\r\n-12.5,0,42,'-12.5`);
  });

  it("leaves ordinary text, dates, booleans and empty cells alone", () => {
    expect(
      toCsv(
        ["a", "b", "c", "d", "e"],
        [["Quantum policy", new Date("2026-01-02T03:04:05.000Z"), true, null, undefined]],
      ),
    ).toBe("a,b,c,d,e\r\nQuantum policy,2026-01-02T03:04:05.000Z,true,,");
    expect(neutraliseCell("a=b")).toBe("a=b");
    expect(neutraliseCell("")).toBe("");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 requires", () => {
    expect(toCsv(["a", "b", "c"], [["x, y", 'say "hi"', "one\r\ntwo"]])).toBe(
      'a,b,c\r\n"x, y","say ""hi""","one\r\ntwo"',
    );
  });

  it("writes a UTF-8 byte order mark only when asked, and the newline asked for", () => {
    expect(toCsv(["名称"], [["量子"]], { bom: true })).toBe("\uFEFF名称\r\n量子");
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x, y", 2],
          ['say "hi"', 3],
        ],
        { newline: "\n" },
      ),
    ).toBe('a,b\n"x, y",2\n"say ""hi""",3');
    expect(toCsv(["a"], [])).toBe("a\r\n");
  });

  it("writes records in the order of the columns", () => {
    expect(recordsToCsv(["id", "title"], [{ title: "=1", id: "x" }, { id: "y" }])).toBe(`id,title\r\nx,'=1\r\ny,`);
  });
});

describe("restoreCell and parseCsv", () => {
  it("strip exactly one apostrophe before a formula character", () => {
    expect(restoreCell("'=1+1")).toBe("=1+1");
    expect(restoreCell("'+1")).toBe("+1");
    expect(restoreCell("'-1")).toBe("-1");
    expect(restoreCell("'@a")).toBe("@a");
    expect(restoreCell("'\tx")).toBe("\tx");
    expect(restoreCell("'\rx")).toBe("\rx");
    expect(restoreCell("''=1")).toBe("'=1");
    expect(restoreCell("'quoted'")).toBe("'quoted'");
    expect(restoreCell("=1")).toBe("=1");
  });

  it("round-trip every dangerous value, an apostrophe in front of one included", () => {
    const values = [
      '=HYPERLINK("http://evil.example/x","open")',
      "+cmd|' /C calc'!A0",
      "-5",
      "@x",
      "\t=1",
      "\r=1",
      "'=already",
      "''=twice",
      "plain, text",
      'a "b"',
      "line\nbreak",
      "量子计算",
    ];
    const csv = toCsv(
      ["value", "n"],
      values.map((v, i) => [v, i]),
      { bom: true },
    );
    const parsed = parseCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.record.value)).toEqual(values);
    expect(parsed.rows.map((r) => r.record.n)).toEqual(values.map((_, i) => String(i)));
    expect(parsed.fields).toEqual(["value", "n"]);
  });

  it("number records like spreadsheet rows: header 1, a line break inside a cell stays one row, blank rows count", () => {
    const csv = 'title,note\r\nfirst,"two\nlines"\r\n\r\nthird,x\r\n,\r\nfifth,y\r\n\r\n';
    const parsed = parseCsv(csv);
    expect(parsed.rows).toEqual([
      { row: 2, record: { title: "first", note: "two\nlines" } },
      { row: 4, record: { title: "third", note: "x" } },
      { row: 6, record: { title: "fifth", note: "y" } },
    ]);
  });

  it("leave out the cells a short row does not have, and trim headers when asked", () => {
    const parsed = parseCsv("\uFEFF title , note\nonly", { transformHeader: (h) => h.trim() });
    expect(parsed.fields).toEqual(["title", "note"]);
    expect(parsed.rows).toEqual([{ row: 2, record: { title: "only" } }]);
  });
});
