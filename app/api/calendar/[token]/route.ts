// GET /api/calendar/<token>.ics: a person's private calendar feed for Google Calendar,
// Outlook and the like (no session cookie: the unguessable token is the credential).
import { NextResponse } from "next/server";
import { feedForToken } from "@/lib/calendar/service";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, "");
  const ics = /^[A-Za-z0-9_-]{20,200}$/.test(token) ? await feedForToken(token) : null;
  if (!ics) return NextResponse.json({ error: "not_found" }, { status: 404 });
  return new NextResponse(ics, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
