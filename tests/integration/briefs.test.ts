// Writing, review, conflicts, search in three languages, import, attachments, comments.
import { beforeAll, describe, expect, it } from "vitest";
import { addAttachment, readAttachment } from "@/lib/attachments/service";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachments/sniff";
import { addComment } from "@/lib/briefs/comments";
import { diffRevisions, listRevisions } from "@/lib/briefs/history";
import { importBriefs } from "@/lib/briefs/import";
import type { BriefFields } from "@/lib/briefs/schemas";
import { parseSearchParams } from "@/lib/briefs/schemas";
import { countBriefs, searchBriefs } from "@/lib/briefs/search";
import { createBrief, getBrief, publishBrief, returnBrief, saveBrief, submitBrief } from "@/lib/briefs/service";
import { defaultAreaRows } from "@/lib/reference/technology-areas";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { expectAppError, makeTenant, makeWorkspace } from "../helpers/factories";
import { useTestDatabase } from "../helpers/test-db";

useTestDatabase();

let manager: Actor;
let author: Actor;
let partner: Actor;
let workspaceId: string;
let quantumAreaId: string;

const fields = (over: Partial<BriefFields> = {}): BriefFields => ({
  title: "A brief",
  summary: "Summary",
  body: "Body",
  category: "STRATEGY_PLANNING",
  distribution: "WORKSPACE",
  countries: ["US"],
  areas: [],
  recipients: [],
  sources: [],
  ...over,
});

async function published(over: Partial<BriefFields>) {
  const brief = await createBrief(author, { workspaceId, ...fields(over) });
  const submitted = await submitBrief(author, { briefId: brief.id, version: brief.version });
  const done = await publishBrief(manager, { briefId: brief.id, version: submitted.version });
  return { id: brief.id, version: done.version };
}

beforeAll(async () => {
  const home = await makeTenant("Home");
  const other = await makeTenant("Partner");
  manager = home.admin;
  author = home.member;
  partner = other.member;
  const ws = await makeWorkspace(manager, [
    [author, "CONTRIBUTOR"],
    [partner, "CONTRIBUTOR"],
  ]);
  workspaceId = ws.id;
  await db().technologyArea.createMany({ data: defaultAreaRows().map((a) => ({ ...a, workspaceId })) });
  quantumAreaId = (await db().technologyArea.findFirstOrThrow({ where: { workspaceId, key: "quantum" } })).id;
});

describe("review workflow", () => {
  it("write → submit → return with a comment → fix → submit → publish, keeping revisions", async () => {
    const draft = await createBrief(author, { workspaceId, ...fields({ title: "Quantum talent exchange" }) });
    expect(draft.status).toBe("DRAFT");
    // Drafts are the author's alone: to the manager, not found.
    await expectAppError(publishBrief(manager, { briefId: draft.id, version: draft.version }), "NOT_FOUND");
    const submitted = await submitBrief(author, { briefId: draft.id, version: draft.version });
    const returned = await returnBrief(manager, {
      briefId: draft.id,
      version: submitted.version,
      comment: "Add the Entanglement Exchange date.",
    });
    const back = await getBrief(author, draft.id);
    expect(back.status).toBe("DRAFT");
    expect(back.reviewComment).toBe("Add the Entanglement Exchange date.");
    const fixed = await saveBrief(author, {
      briefId: draft.id,
      version: returned.version,
      ...fields({ title: "Quantum talent exchange", body: "Korea joined the Entanglement Exchange in April 2023." }),
    });
    const again = await submitBrief(author, { briefId: draft.id, version: fixed.version });
    const done = await publishBrief(manager, { briefId: draft.id, version: again.version });
    const brief = await getBrief(partner, draft.id);
    expect(brief.status).toBe("PUBLISHED");
    expect(brief.publishedAt).toBeInstanceOf(Date);
    // An edit after publication adds a revision and a readable diff.
    await saveBrief(author, {
      briefId: draft.id,
      version: done.version,
      ...fields({
        title: "Quantum talent exchange",
        body: "Korea joined the Entanglement Exchange in April 2023.\nResearcher quotas under discussion.",
      }),
    });
    const { revisions } = await listRevisions(partner, draft.id);
    expect(revisions.map((r) => r.number)).toEqual([2, 1]);
    const diff = diffRevisions(revisions[1], revisions[0]);
    expect(
      diff.body
        .filter((p) => p.added)
        .map((p) => p.value)
        .join(""),
    ).toContain("Researcher quotas");
  });

  it("refuses the second of two concurrent saves and says what changed", async () => {
    const brief = await createBrief(author, { workspaceId, ...fields({ title: "Concurrent edits" }) });
    await saveBrief(author, {
      briefId: brief.id,
      version: brief.version,
      ...fields({ title: "Concurrent edits", body: "First person's text" }),
    });
    const error = await expectAppError(
      saveBrief(author, {
        briefId: brief.id,
        version: brief.version,
        ...fields({ title: "Concurrent edits (second)", body: "Second person's text" }),
      }),
      "CONFLICT",
      "stale_brief",
    );
    const details = error.details as { changed: string[]; current: { body: string } };
    expect(details.changed).toEqual(expect.arrayContaining(["title", "body"]));
    expect(details.current.body).toBe("First person's text");
    expect((await getBrief(author, brief.id)).body).toBe("First person's text");
  });

  it("lets the author narrow a published brief, but only a manager widen it", async () => {
    const brief = await published({ title: "Distribution changes", distribution: "WORKSPACE" });
    const narrowed = await saveBrief(author, {
      briefId: brief.id,
      version: brief.version,
      ...fields({ title: "Distribution changes", distribution: "INSTITUTION" }),
    });
    await expectAppError(
      saveBrief(author, {
        briefId: brief.id,
        version: narrowed.version,
        ...fields({ title: "Distribution changes", distribution: "PUBLIC" }),
      }),
      "FORBIDDEN",
      "widen_needs_manager",
    );
    const widened = await saveBrief(manager, {
      briefId: brief.id,
      version: narrowed.version,
      ...fields({ title: "Distribution changes", distribution: "PUBLIC" }),
    });
    expect(widened.version).toBe(narrowed.version + 1);
  });

  it("rejects technology areas of another workspace and recipients outside the workspace", async () => {
    const other = await makeWorkspace(manager);
    const foreignArea = await db().technologyArea.create({ data: { workspaceId: other.id, key: "ai", name: "AI" } });
    await expectAppError(
      createBrief(author, { workspaceId, ...fields({ areas: [foreignArea.id] }) }),
      "VALIDATION",
      "unknown_area",
    );
    const outsider = await makeTenant("Outside");
    await expectAppError(
      createBrief(author, { workspaceId, ...fields({ distribution: "RESTRICTED", recipients: [outsider.member.id] }) }),
      "VALIDATION",
      "unknown_recipient",
    );
  });
});

describe("search", () => {
  beforeAll(async () => {
    await published({
      title: "美国量子信息科学战略",
      summary: "量子计算与量子网络的投资",
      countries: ["US"],
      areas: [quantumAreaId],
      category: "STRATEGY_PLANNING",
    });
    await published({
      title: "한국 반도체 초강대국 전략",
      summary: "반도체 클러스터와 인재 양성",
      countries: ["KR"],
      category: "INVESTMENT",
    });
    await published({
      title: "Export controls on advanced computing chips",
      summary: "BIS tightens export control rules",
      countries: ["US", "CN"],
      category: "STRATEGY_PLANNING",
    });
    await published({
      title: "Germany's AI action plan",
      summary: "Eleven fields of action",
      countries: ["DE"],
      category: "STRATEGY_PLANNING",
    });
  });

  const titles = async (q: Record<string, string | string[]>) =>
    (await searchBriefs(partner, parseSearchParams(q))).items.map((b) => b.title);

  it("finds Chinese by a two-character word", async () => {
    expect(await titles({ q: "量子" })).toEqual(["美国量子信息科学战略"]);
  });

  it("finds Korean by a word inside a compound", async () => {
    expect(await titles({ q: "반도체" })).toEqual(["한국 반도체 초강대국 전략"]);
  });

  it("finds English with stemming ('export control' matches 'export controls')", async () => {
    expect(await titles({ q: "export control" })).toEqual(["Export controls on advanced computing chips"]);
  });

  it("combines words with filters and counts the same set", async () => {
    expect(await titles({ q: "export", country: "DE" })).toEqual([]);
    expect(await titles({ country: "US", area: "quantum" })).toEqual(["美国量子信息科学战略"]);
    expect(await countBriefs(partner, parseSearchParams({ category: "INVESTMENT", q: "반도체" }))).toEqual({
      total: 1,
      exact: true,
    });
    expect(await countBriefs(partner, parseSearchParams({}), 2)).toEqual({ total: 2, exact: false });
  });

  it("pages through results by keyset without repeats", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchBriefs(partner, parseSearchParams({ ...(cursor ? { cursor } : {}) }), 2);
      seen.push(...page.items.map((b) => b.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe((await countBriefs(partner, parseSearchParams({}))).total);
  });
});

describe("import", () => {
  const file = (name: string, text: string) => new File([text], name, { type: "text/plain" });

  it("lists every row's errors and writes nothing when any row is wrong", async () => {
    const before = await db().brief.count();
    const csv =
      'title,summary,category,distribution,countries,areas\n"Good row",ok,STRATEGY_PLANNING,WORKSPACE,US,quantum\n"x",bad,NOPE,WORKSPACE,ZZ,unknown-area\n';
    const preview = await importBriefs(author, { workspaceId, file: file("briefs.csv", csv), intent: "preview" });
    // Rows as a spreadsheet numbers them: the header is row 1.
    expect(preview.rows.map((r) => `${r.row}:${r.title}`)).toEqual(["2:Good row"]);
    expect(preview.errors.map((e) => `${e.row}:${e.field}`)).toEqual(
      expect.arrayContaining(["3:areas", "3:title", "3:category", "3:countries.0"]),
    );
    const category = preview.errors.find((e) => e.field === "category");
    expect(category).toMatchObject({ value: "NOPE", message: "choose_category" });
    expect(category?.allowed).toEqual(expect.arrayContaining(["TALENT", "INVESTMENT", "STRATEGY_PLANNING"]));
    await expectAppError(
      importBriefs(author, { workspaceId, file: file("briefs.csv", csv), intent: "import" }),
      "VALIDATION",
      "import_has_errors",
    );
    expect(await db().brief.count()).toBe(before);
  });

  it("writes all valid rows in one go, from JSON too", async () => {
    const json = JSON.stringify([
      {
        title: "Imported one",
        category: "TALENT",
        countries: ["JP"],
        areas: ["quantum"],
        sources: [{ publisher: "NISTEP", title: "Indicators", url: "https://www.nistep.go.jp/", date: "2023-08-08" }],
      },
      { title: "Imported two", category: "INVESTMENT", countries: "KR; US" },
    ]);
    const result = await importBriefs(author, { workspaceId, file: file("briefs.json", json), intent: "import" });
    expect(result.imported).toBe(2);
    const rows = await db().brief.findMany({
      where: { title: { startsWith: "Imported" } },
      include: { countries: true },
    });
    expect(rows.map((r) => r.status)).toEqual(["DRAFT", "DRAFT"]);
    expect(
      rows
        .find((r) => r.title === "Imported two")!
        .countries.map((c) => c.countryCode)
        .sort(),
    ).toEqual(["KR", "US"]);
  });

  it("lets only managers import published briefs", async () => {
    const json = JSON.stringify([
      { title: "Published by import", category: "TALENT", countries: ["JP"], status: "PUBLISHED" },
    ]);
    const preview = await importBriefs(author, { workspaceId, file: file("p.json", json), intent: "preview" });
    expect(preview.errors[0].message).toBe("import_publish_needs_manager");
    expect((await importBriefs(manager, { workspaceId, file: file("p.json", json), intent: "import" })).imported).toBe(
      1,
    );
  });
});

describe("attachments", () => {
  const PNG = Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6,
    0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
  ]);
  const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

  it("accepts real PDFs and PNGs whatever their name, and serves them only to readers", async () => {
    const brief = await published({ title: "With attachments", distribution: "INSTITUTION" });
    const png = await addAttachment(author, { briefId: brief.id, file: new File([PNG], "chart.pdf") });
    expect(png.contentType).toBe("image/png");
    expect(png.fileName).toBe("chart.png");
    const pdf = await addAttachment(author, { briefId: brief.id, file: new File([PDF], "report") });
    expect(pdf.contentType).toBe("application/pdf");
    expect((await readAttachment(manager, pdf.id)).bytes).toEqual(PDF);
    await expectAppError(readAttachment(partner, pdf.id), "NOT_FOUND");
  });

  it("refuses HTML or scripts renamed as PDF, empty files and files over 25 MB", async () => {
    const brief = await published({ title: "Refused attachments" });
    await expectAppError(
      addAttachment(author, {
        briefId: brief.id,
        file: new File(["<html><script>alert(1)</script></html>"], "report.pdf"),
      }),
      "VALIDATION",
      "file_type_not_allowed",
    );
    await expectAppError(
      addAttachment(author, { briefId: brief.id, file: new File([], "empty.pdf") }),
      "VALIDATION",
      "file_empty",
    );
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PDF);
    await expectAppError(
      addAttachment(author, { briefId: brief.id, file: new File([big], "big.pdf") }),
      "VALIDATION",
      "file_too_large",
    );
    expect(await db().briefAttachment.count({ where: { briefId: brief.id } })).toBe(0);
  });
});

describe("comments and mentions", () => {
  it("notifies people mentioned by name who can read the brief, and nobody else", async () => {
    const brief = await published({ title: "Mentions", distribution: "INSTITUTION" });
    const partnerName = (await db().user.findUniqueOrThrow({ where: { id: partner.id } })).name;
    const managerName = (await db().user.findUniqueOrThrow({ where: { id: manager.id } })).name;
    await addComment(author, { briefId: brief.id, body: `@${managerName} and @${partnerName}, please look.` });
    const notified = await db().notification.findMany({
      where: { briefId: brief.id, kind: "MENTION" },
      select: { userId: true },
    });
    // The partner cannot read an INSTITUTION brief of another institution: not told.
    expect(notified.map((n) => n.userId)).toEqual([manager.id]);
  });
});
