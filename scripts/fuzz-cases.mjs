// The malformed values the HTTP fuzz (./fuzz.mjs) sends: query values, query keys, path
// segments and server-action bodies. Values that once hurt stay on the list.
export const NASTY = [
  "",
  " ",
  "%00",
  "a%00b",
  "%ZZ",
  "%E0%A4%A",
  "%",
  "0000-01-01",
  "2023-99-99",
  "2023-02-30",
  "99999-12-31",
  "+275760-09-13",
  "1900-01-01T00:00",
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "9".repeat(40),
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  '{"a":',
  "[[[[[[",
  "../../etc/passwd",
  "%2e%2e%2f",
  '\'; DROP TABLE "User"; --',
  "<script>alert(1)</script>",
  "量子",
  "반도체",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "\u202e",
  "x".repeat(3000),
  "00000000-0000-0000-0000-000000000000",
  "0190b2a0-0000-7000-8000-000000000000",
  "0000-01-01|0190b2a0-0000-7000-8000-000000000000",
  "not-a-uuid",
  "me",
  "OPEN,DONE,NOPE",
  "KR",
  "ZZ",
  "a,b,c,".repeat(30),
  '=HYPERLINK("http://evil.example")',
  "//evil.example",
  "/\\evil.example",
  "javascript:alert(1)",
];
export const KEYS = [
  "q",
  "from",
  "to",
  "cursor",
  "status",
  "country",
  "area",
  "category",
  "distribution",
  "workspace",
  "institution",
  "committee",
  "agendaItem",
  "assignee",
  "overdue",
  "months",
  "action",
  "actor",
  "region",
  "format",
  "kind",
  "field",
  "mode",
  "chart",
  "callbackUrl",
  "error",
  "view",
  "page",
];
export const SEGMENTS = [
  "%ZZ",
  "%00",
  "%E0%A4%A",
  "..",
  "%2e%2e",
  "0190b2a0-0000-7000-8000-000000000000",
  "not-a-uuid",
  "x".repeat(300),
  "量子",
  "%C0%AF",
  "KR",
  "zz",
  "1",
];
export function actionBody(kind, { pick, int }) {
  const boundary = `----fuzz${int(1e9)}`;
  switch (kind) {
    case 0:
      return { type: "multipart/form-data", body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--' }; // no boundary
    case 1:
      return {
        type: "text/plain;charset=UTF-8",
        body: pick(['["zh"', "{", "[1,2,,]", "\u0000", "nope", '["\\ud800"]']),
      };
    case 2:
      return { type: "text/plain;charset=UTF-8", body: `${"[".repeat(5000)}${"]".repeat(5000)}` };
    case 3: {
      const fields = [];
      for (let i = 0, n = 1 + int(6); i < n; i++)
        fields.push(
          `--${boundary}\r\nContent-Disposition: form-data; name="${pick([...KEYS, "title", "dueDate", "startsAt", "endsAt", "briefId", "followUpId", "version", "sessionId", "committeeId", "$ACTION_ID_x", "1_$ACTION_REF_1"])}"\r\n\r\n${pick(NASTY)}\r\n`,
        );
      return { type: `multipart/form-data; boundary=${boundary}`, body: `${fields.join("")}--${boundary}--\r\n` };
    }
    case 4:
      return { type: "text/plain;charset=UTF-8", body: JSON.stringify([pick(NASTY), { a: pick(NASTY) }]) };
    default:
      // A thenable is exactly what a decoder must survive.
      // biome-ignore lint/suspicious/noThenProperty: malformed input on purpose
      return { type: "application/json", body: JSON.stringify({ $$typeof: "x", then: pick(NASTY) }) };
  }
}
