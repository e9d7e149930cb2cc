// Property tests over the URL parsers and the action schemas: whatever arrives, parsing never
// throws, and whatever parses is something PostgreSQL accepts (dates in range, no NUL).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { parseSearchParams } from "@/lib/briefs/schemas";
import { sessionSchema } from "@/lib/committees/schemas";
import { cooperationFiltersSchema } from "@/lib/cooperation/schemas";
import { createFollowUpSchema, followUpFiltersSchema } from "@/lib/followups/schemas";
import { memberFiltersSchema } from "@/lib/members/schemas";
import { periodSchema } from "@/lib/monitoring/schemas";
import { formDataObject } from "@/lib/server/action";
import { checkJsonBody, checkUrl } from "@/lib/server/request-guard";
import { isoDate, MAX_YEAR, MIN_YEAR } from "@/lib/time/schemas";

const runs = { numRuns: 300, seed: 20261202 };

// Strings that have hurt before: NUL, huge years, impossible dates, odd unicode, long runs.
const nasty = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "0000-01-01",
    "2023-99-99",
    "2023-02-30",
    "99999-12-31",
    "+275760-09-13",
    "-1",
    "1e309",
    "NaN",
    "%ZZ",
    "%00",
    "../../etc/passwd",
    '\'; DROP TABLE "User"; --',
    "量子\u0000计算",
    "x".repeat(5000),
  ),
  fc.integer().map(String),
  fc
    .date({ noInvalidDate: false })
    .map((d) => (Number.isNaN(d.getTime()) ? "Invalid Date" : d.toISOString().slice(0, 10))),
);
const value = fc.oneof(nasty, fc.array(nasty, { maxLength: 4 }));
const params = (keys: string[]) =>
  fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), value, { maxKeys: 8 });

/** Every string in a parsed value, however nested. */
function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === "object") return Object.values(v).flatMap(strings);
  return [];
}
const DATE_FIELDS = ["from", "to", "dueDate", "startsAt", "endsAt", "date", "issueDate"];
function acceptableToPostgres(parsed: unknown): void {
  for (const s of strings(parsed)) expect(s.includes("\u0000"), JSON.stringify(s)).toBe(false);
  for (const [key, v] of Object.entries((parsed ?? {}) as Record<string, unknown>)) {
    if (!DATE_FIELDS.includes(key) || v === undefined || v === "") continue;
    const text = v instanceof Date ? v.toISOString() : String(v);
    const year = Number(text.slice(0, text.indexOf("-")));
    expect(year >= MIN_YEAR && year <= MAX_YEAR, `${key}=${text}`).toBe(true);
  }
}

describe("URL parsers never throw and yield only what PostgreSQL accepts", () => {
  const cases: [string, (input: Record<string, unknown>) => unknown, string[]][] = [
    [
      "brief search",
      (i) => parseSearchParams(i as Record<string, string | string[]>),
      [
        "q",
        "country",
        "area",
        "category",
        "distribution",
        "status",
        "institution",
        "workspace",
        "from",
        "to",
        "cursor",
      ],
    ],
    [
      "follow-up list",
      (i) => followUpFiltersSchema.parse(i),
      ["committee", "agendaItem", "institution", "assignee", "status", "area", "from", "to", "overdue", "cursor", "q"],
    ],
    ["monitoring period", (i) => periodSchema.parse(i), ["from", "to", "months"]],
    ["audit filters", (i) => auditFiltersSchema.parse(i), ["actor", "action", "from", "to", "cursor"]],
    [
      "cooperation filters",
      (i) => cooperationFiltersSchema.parse(i),
      ["workspace", "country", "field", "mode", "q", "cursor"],
    ],
    ["member filters", (i) => memberFiltersSchema.parse(i), ["q", "status", "cursor"]],
  ];
  for (const [name, parse, keys] of cases) {
    it(name, () => {
      fc.assert(
        fc.property(params(keys), (input) => {
          acceptableToPostgres(parse(input));
        }),
        runs,
      );
    });
  }
});

describe("action schemas never throw; what they accept PostgreSQL accepts", () => {
  it("follow-up and session forms, through the form-data boundary", () => {
    const form = (keys: string[]) =>
      fc.dictionary(fc.constantFrom(...keys), fc.array(nasty, { minLength: 1, maxLength: 2 }), {
        maxKeys: keys.length,
      });
    fc.assert(
      fc.property(
        form([
          "committeeId",
          "title",
          "description",
          "dueDate",
          "priority",
          "leads",
          "assignees",
          "agendaItemId",
          "decisionId",
          "feedbackId",
        ]),
        form(["committeeId", "title", "startsAt", "endsAt", "timeZone", "place", "onlineUrl"]),
        (followUp, session) => {
          for (const [schema, fields] of [
            [createFollowUpSchema, followUp],
            [sessionSchema, session],
          ] as const) {
            const data = new FormData();
            for (const [key, values] of Object.entries(fields)) for (const v of values) data.append(key, v);
            const result = schema.safeParse(formDataObject(data));
            if (result.success) acceptableToPostgres(result.data);
          }
        },
      ),
      runs,
    );
  });
});

describe("the URL guard", () => {
  it("never throws, and refuses every URL that carries a NUL", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 60 }),
        fc.string({ unit: "binary", maxLength: 60 }),
        (path, query) => {
          const refusal = checkUrl(`/${path}`, `?${query}`);
          if (`${path}${query}`.includes("\u0000") || /%00/i.test(`${path}${query}`)) expect(refusal).not.toBeNull();
        },
      ),
      runs,
    );
  });
});

describe("the follow-up list's cursor", () => {
  it("keeps only a real date in range before the id; anything else is no cursor", () => {
    const datePart = fc.oneof(
      nasty,
      fc.constantFrom("0000-01-01", "9999-12-31", "1799-12-31", "2023-02-29", "2024-02-29"),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
        ),
    );
    fc.assert(
      fc.property(datePart, fc.uuid(), (date, id) => {
        const { cursor } = followUpFiltersSchema.parse({ cursor: `${date}|${id}` });
        if (cursor === undefined) return;
        expect(isoDate().safeParse(cursor.slice(0, 10)).success, cursor).toBe(true);
        acceptableToPostgres({ dueDate: cursor.slice(0, 10) });
      }),
      runs,
    );
    expect(
      followUpFiltersSchema.parse({ cursor: `0000-01-01|${"0".repeat(8)}-0000-0000-0000-${"0".repeat(12)}` }).cursor,
    ).toBeUndefined();
  });
});

describe("a route handler's JSON body (next-auth's)", () => {
  it("never throws, and lets through exactly the bodies that parse to an object", () => {
    const body = fc.oneof(
      fc.json(),
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1))),
      fc.constantFrom("", "{", "null", "[]", '{"a":', `${"[".repeat(80)}${"]".repeat(80)}`),
    );
    fc.assert(
      fc.property(body, (text) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        const isObject = !!parsed && typeof parsed === "object" && !Array.isArray(parsed);
        const refusal = checkJsonBody(text);
        if (!isObject) expect(refusal?.status, text).toBe(400);
        else if (refusal) expect(refusal.reason).toBe("too_deep");
      }),
      runs,
    );
  });
});
