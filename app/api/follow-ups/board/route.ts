// GET /api/follow-ups/board?<filters>: the board's cards as JSON (the board refetches here).
import { NextResponse } from "next/server";
import { boardCards } from "@/lib/followups/board";
import { followUpFiltersSchema } from "@/lib/followups/schemas";
import { getCurrentUser } from "@/lib/server/session";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const filters = followUpFiltersSchema.parse(Object.fromEntries(params.entries()));
  return NextResponse.json(await boardCards(user, filters), { headers: { "Cache-Control": "private, no-store" } });
}
