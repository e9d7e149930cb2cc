// GET /api/follow-ups/export?<filters>: the follow-ups of a list view as CSV.
import { NextResponse } from "next/server";
import { followUpFiltersSchema } from "@/lib/followups/schemas";
import { followUpsCsv } from "@/lib/followups/transfer";
import { getCurrentUser } from "@/lib/server/session";
import { clock } from "@/lib/time/clock";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  const csv = await followUpsCsv(user, followUpFiltersSchema.parse({ ...raw, cursor: undefined }));
  // followUpsCsv starts with a UTF-8 BOM, for spreadsheets.
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="accord-follow-ups-${clock.now().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
