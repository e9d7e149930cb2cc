// GET /api/briefs/export?format=csv|json&<search filters>: the briefs of a search the user
// may read, as a download. Same search query as the page, so the same visibility rule.
import { NextResponse } from "next/server";
import { briefsToCsv, exportBriefs } from "@/lib/briefs/export";
import { parseSearchParams } from "@/lib/briefs/schemas";
import { getCurrentUser } from "@/lib/server/session";
import { clock } from "@/lib/time/clock";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "json" ? "json" : "csv";
  url.searchParams.delete("format");
  url.searchParams.delete("cursor");
  const rows = await exportBriefs(user, parseSearchParams(url.searchParams));
  const stamp = clock.now().toISOString().slice(0, 10);
  const headers = {
    "Cache-Control": "private, no-store",
    "Content-Disposition": `attachment; filename="accord-briefs-${stamp}.${format}"`,
  };
  if (format === "json") {
    return new NextResponse(JSON.stringify(rows, null, 2), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  }
  // briefsToCsv starts with a BOM so spreadsheet programs read UTF-8 (Chinese, Korean) right.
  return new NextResponse(briefsToCsv(rows), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
}
